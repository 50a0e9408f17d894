package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code --match site} against the default on real data (NA12878 chr20, GATK4 calls, no BED so that errors exist):
 * the site_level block is the same whichever mode the outputs report, and its representation gap equals what the
 * two GA4GH VCFs say record by record (BD TP haplotype-aware, FN/FP site-level).
 */
class CompareMatchModeTest {

  private static TestData.Run compare(Path prefix, String... extra) {
    final List<String> a = new ArrayList<>(List.of("compare", "--truth", TestData.truthVcf().toString(), "--query",
        TestData.gatk4Query().toString(), "--reference", TestData.reference().toString(), "--output",
        prefix.toString(), "--threads", "2"));
    a.addAll(List.of(extra));
    return TestData.run(a.toArray(String[]::new));
  }

  @Test
  void siteModeReportsSiteDecisionsAndTheGapMatchesTheTwoVcfs() throws IOException {
    final Path dir = TestData.scratch("match-modes");
    final Path hap = dir.resolve("hap");
    final Path site = dir.resolve("site");
    final TestData.Run h = compare(hap);
    assertEquals(0, h.exitCode(), h.stderr());
    final TestData.Run s = compare(site, "--match", "site");
    assertEquals(0, s.exitCode(), s.stderr());
    assertTrue(s.stderr().contains("representation gap"), s.stderr());
    assertTrue(s.stderr().contains("reports site matching"), s.stderr());

    final ObjectMapper json = new ObjectMapper();
    final JsonNode mh = json.readTree(Path.of(hap + ".metrics.json").toFile());
    final JsonNode ms = json.readTree(Path.of(site + ".metrics.json").toFile());
    assertEquals("haplotype", mh.get("parameters").get("match").asText());
    assertEquals("site", ms.get("parameters").get("match").asText());
    assertEquals(mh.get("site_level"), ms.get("site_level"), "site_level must not depend on --match");

    // Walk both GA4GH VCFs line by line (same records, same lines in both modes).
    final List<String[]> vh = samples(Path.of(hap + ".vcf.gz"));
    final List<String[]> vs = samples(Path.of(site + ".vcf.gz"));
    assertEquals(vh.size(), vs.size());
    long truthGap = 0;
    long queryGap = 0;
    long siteTruthTp = 0;
    long differing = 0;
    for (int i = 0; i < vh.size(); i++) {
      truthGap += vh.get(i)[0].equals("TP") && vs.get(i)[0].equals("FN") ? 1 : 0;
      queryGap += vh.get(i)[1].equals("TP") && vs.get(i)[1].equals("FP") ? 1 : 0;
      siteTruthTp += vs.get(i)[0].equals("TP") ? 1 : 0;
      differing += vh.get(i)[0].equals(vs.get(i)[0]) && vh.get(i)[1].equals(vs.get(i)[1]) ? 0 : 1;
    }
    final JsonNode gap = ms.get("site_level").get("representation_gap").get("ALL").get("total");
    assertEquals(truthGap, gap.get("truth_fn").asLong());
    assertEquals(queryGap, gap.get("query_fp").asLong());
    assertTrue(truthGap + queryGap > 0, "these calls write some indels differently from the truth");
    assertTrue(differing > 0);
    // the site-mode outputs hold the site decisions: its counts are the site VCF's
    assertEquals(siteTruthTp, ms.get("counts").get("ALL").get("ALL").get("truth_tp").asLong());
    // and the haplotype-mode counts stay vcfeval's (CompareRealDataTest): TP-baseline 217
    assertEquals(217, mh.get("counts").get("ALL").get("ALL").get("truth_tp").asLong());
    // every truth record is counted in both modes
    assertEquals(mh.get("counts").get("ALL").get("ALL").get("truth_total"),
        ms.get("counts").get("ALL").get("ALL").get("truth_total"));
  }

  @Test
  void rejectsAnUnknownMatchMode() throws IOException {
    final TestData.Run r = compare(TestData.scratch("match-bad").resolve("x"), "--match", "allele");
    assertEquals(2, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("expected 'haplotype' or 'site'"), r.stderr());
  }

  /** BD of TRUTH and QUERY per data line. */
  private static List<String[]> samples(Path vcfGz) throws IOException {
    final List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(vcfGz)),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        final String[] f = line.split("\t");
        out.add(new String[] {f[9].split(":")[1], f[10].split(":")[1]});
      }
    }
    return out;
  }
}
