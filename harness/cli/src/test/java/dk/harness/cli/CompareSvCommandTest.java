package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** {@code harness compare-sv} through the command line, on the shared HG002 chr21 SV data and tiny files. */
class CompareSvCommandTest {
  private static final String GIAB = "--passonly --refdist 1000 --pctseq 0 --pctsize 0.7 --pctovl 0 --sizemin 50 "
      + "--sizefilt 30 --sizemax 50000 --pick single --chunksize 1000";

  private static Path sv() {
    final Path p = TestData.shared().resolve("hg002-chr21-sv");
    assertTrue(Files.isDirectory(p), "shared test data missing: " + p);
    return p;
  }

  private static String[] args(String... fixed) {
    final List<String> a = new ArrayList<>(List.of(fixed));
    a.addAll(List.of(GIAB.split(" ")));
    return a.toArray(new String[0]);
  }

  @Test
  void summaryJsonIsTruvarisByteForByteOnTheMantaCase() throws IOException {
    final Path scratch = TestData.scratch("sv-manta");
    final Path out = scratch.resolve("result");
    // One stratum: the Tier 1 BED itself, so its rows must equal the ALL rows for truth calls.
    final Path strata = scratch.resolve("strata.tsv");
    Files.writeString(strata, "tier1\t" + sv().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed") + "\n");
    final TestData.Run run = TestData.run(args("compare-sv", "--truth",
        sv().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz").toString(), "--query",
        sv().resolve("calls/HG002_manta_SV_hg19_genotype.chr21.vcf.gz").toString(), "--includebed",
        sv().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed").toString(), "--stratification", strata.toString(),
        "-o", out.toString()));
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(Files.readString(sv().resolve("expected/truvari/manta/summary.json")),
        Files.readString(out.resolve("summary.json")));
    for (String f : List.of("tp-base", "tp-comp", "fp", "fn")) {
      assertTrue(Files.isRegularFile(out.resolve(f + ".vcf.gz.tbi")), f);
      assertEquals(records(sv().resolve("expected/truvari/manta/" + f + ".vcf.gz")),
          records(out.resolve(f + ".vcf.gz")), f + ": same records in the same (sorted) order");
    }
    final JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
    assertEquals(1000, m.at("/parameters/refdist").asInt());
    assertEquals(true, m.at("/parameters/passonly").asBoolean());
    int delTp = -1;
    int allTp = -1;
    int tier1Truth = -1;
    for (JsonNode r : m.get("rows")) {
      if (r.get("stratum").asText().equals("tier1") && r.get("type").asText().equals("ALL")
          && r.get("size_bin").asText().equals("ALL")) {
        tier1Truth = r.get("truth_total").asInt();
      }
      if (r.get("stratum").asText().equals("ALL") && r.get("size_bin").asText().equals("ALL")) {
        if (r.get("type").asText().equals("ALL")) {
          allTp = r.get("tp_comp").asInt();
        }
        if (r.get("type").asText().equals("DEL")) {
          delTp = r.get("tp_comp").asInt();
        }
      }
    }
    // PROVENANCE.md 5.5: the 65 TP-comp are 35 resolved DEL, 5 <DEL> and 25 resolved INS.
    assertEquals(65, allTp);
    assertEquals(40, delTp);
    assertEquals(177, tier1Truth, "every counted truth call lies in the Tier 1 BED");
  }

  @Test
  void pbsvAsSubmittedMatchesTruvarisRepairedAnswerAndWarns() throws IOException {
    final Path out = TestData.scratch("sv-pbsv").resolve("result");
    final TestData.Run run = TestData.run(args("compare-sv", "--truth",
        sv().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz").toString(), "--query",
        sv().resolve("calls/hg19.HG002.pbsv.chr21.vcf.gz").toString(), "--includebed",
        sv().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed").toString(), "-o", out.toString()));
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(Files.readString(sv().resolve("expected/truvari/pbsv/summary.json")),
        Files.readString(out.resolve("summary.json")));
    assertTrue(run.stderr().contains("SVTYPE=."), run.stderr());
    assertTrue(run.stderr().contains("SVLEN is used but not declared"), run.stderr());
  }

  @Test
  void multiAllelicRecordIsBadInputNamingFileLineAndFix() throws IOException {
    final Path out = TestData.scratch("sv-multi").resolve("result");
    final Path union = sv().resolve("calls/HG002-NA24385-50x.union_170414.split.chr21.vcf.gz");
    final TestData.Run run = TestData.run(args("compare-sv", "--truth",
        sv().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz").toString(), "--query", union.toString(),
        "--includebed", sv().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed").toString(), "-o", out.toString()));
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().startsWith("harness: error: " + union + ":"), run.stderr());
    assertTrue(run.stderr().contains("bcftools norm -m-any"), run.stderr());
    assertFalse(Files.exists(out), "nothing written");
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertEquals(0, s.count(), "no temporary folder left behind");
    }
  }

  @Test
  void tinySelfComparisonIsAllTpAndUnsortedInputIsRefused() throws IOException {
    final Path dir = TestData.scratch("sv-tiny");
    final String header = "##fileformat=VCFv4.2\n##contig=<ID=1,length=100000>\n"
        + "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"t\">\n"
        + "##INFO=<ID=SVLEN,Number=1,Type=Integer,Description=\"l\">\n"
        + "##INFO=<ID=END,Number=1,Type=Integer,Description=\"e\">\n"
        + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"g\">\n"
        + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\n";
    final Path vcf = dir.resolve("calls.vcf");
    Files.writeString(vcf, header
        + "1\t1000\td1\tA\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=1500\tGT\t0/1\n"
        + "1\t5000\ti1\tA\tA" + "C".repeat(80) + "\t.\tPASS\t.\tGT\t1/1\n"
        + "1\t9000\tdup\tA\t<DUP>\t.\tPASS\tSVTYPE=DUP;END=9300\tGT\t0/1\n");
    final Path out = dir.resolve("self");
    final TestData.Run ok = TestData.run("compare-sv", "--truth", vcf.toString(), "--query", vcf.toString(), "-o",
        out.toString());
    assertEquals(0, ok.exitCode(), ok.stderr());
    final JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(3, s.get("TP-base").asInt());
    assertEquals(3, s.get("TP-comp").asInt());
    assertEquals(0, s.get("FP").asInt() + s.get("FN").asInt());

    final Path unsorted = dir.resolve("unsorted.vcf");
    Files.writeString(unsorted, header
        + "1\t5000\ti1\tA\tA" + "C".repeat(80) + "\t.\tPASS\t.\tGT\t1/1\n"
        + "1\t1000\td1\tA\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=1500\tGT\t0/1\n");
    final TestData.Run bad = TestData.run("compare-sv", "--truth", vcf.toString(), "--query", unsorted.toString(),
        "-o", dir.resolve("never").toString());
    assertEquals(2, bad.exitCode(), bad.stderr());
    assertTrue(bad.stderr().startsWith("harness: error: " + unsorted + ":9: "), bad.stderr());
    assertTrue(bad.stderr().contains("bcftools sort"), bad.stderr());
    assertFalse(Files.exists(dir.resolve("never")));

    final TestData.Run again = TestData.run("compare-sv", "--truth", vcf.toString(), "--query", vcf.toString(),
        "-o", out.toString());
    assertEquals(2, again.exitCode(), "an existing result folder is not overwritten");
    assertTrue(again.stderr().contains("not empty"), again.stderr());
  }

  private static List<String> records(Path vcfGz) throws IOException {
    final List<String> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(vcfGz))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isEmpty()) {
          final String[] c = line.split("\t");
          out.add(c[0] + ":" + c[1] + " " + c[2]);
        }
      }
    }
    return out;
  }
}
