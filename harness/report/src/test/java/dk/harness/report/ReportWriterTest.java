package dk.harness.report;

import static dk.harness.core.MatchLevel.AM;
import static dk.harness.core.MatchLevel.GM;
import static dk.harness.core.MatchLevel.LM;
import static dk.harness.core.MatchLevel.NONE;
import static dk.harness.core.Outcome.FN;
import static dk.harness.core.Outcome.FP;
import static dk.harness.core.Outcome.NOT_VARIANT;
import static dk.harness.core.Outcome.TOO_COMPLEX;
import static dk.harness.core.Outcome.TP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.core.TooComplexRegion;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end: hand-built decisions through {@link ReportWriter}, then every output read back. */
class ReportWriterTest {
  private static final Path OUT = Path.of("target/report-writer-test");
  private static OutputPaths run1;
  private static OutputPaths run2;
  private static Tally tally;

  private static ReportContext context() {
    final Map<String, Long> contigs = new LinkedHashMap<>();
    contigs.put("c1", 1000L);
    contigs.put("c2", 500L);
    final var conf = dk.harness.core.RegionSet.builder().add("c1", 100, 300).add("c2", 0, 500).build();
    return new ReportContext(contigs, conf, List.of(new Stratum("s1", Fixtures.regions("c1", 140, 160))), "QUAL");
  }

  private static List<ContigOutcome[]> contigs() {
    final Fixtures.ContigBuilder c1 = new Fixtures.ContigBuilder("c1")
        .truth(50, "A", "G", "0/1", FN, NONE, 49)             // outside: not counted
        .truth(150, "A", "G", "0/1", TP, GM, 149)
        .truth(155, "AC", "A", "1/1", FN, AM, 154)
        .truth(200, "A", "AT", "0/1", TP, GM, 199);
    final Fixtures.ContigBuilder c1pass = new Fixtures.ContigBuilder("c1")
        .truth(50, "A", "G", "0/1", FN, NONE, 49)
        .truth(150, "A", "G", "0/1", TP, GM, 149)
        .truth(155, "AC", "A", "1/1", FN, AM, 154)
        .truth(200, "A", "AT", "0/1", TP, GM, 199);
    for (Fixtures.ContigBuilder b : List.of(c1, c1pass)) {
      b.query(95, "T", "C", "0/1", 45, TP, GM, 149)           // outside, but its block has a confident truth TP
          .query(150, "A", "G", "0/1", 50, TP, GM, 149)
          .query(155, "AC", "A", "0/1", 20, FP, AM, 154);     // genotype error
      if (b == c1) {
        b.query(160, "C", "T", "0/1", 10, FP, LM, 154);       // filtered out of the PASS comparison
      }
      b.query(200, "A", "AT", "0/1", 40, TP, GM, 199)
          .query(210, "G", "A", "0/0", 70, NOT_VARIANT, NONE, -1)
          .query(400, "G", "A", "1/1", 30, FP, NONE, 399);    // outside: UNK
    }
    final ContigOutcome c2 = new Fixtures.ContigBuilder("c2")
        .truth(10, "A", "G", "1/1", TP, GM, 9)
        .truth(30, "A", "C", "0/1", TOO_COMPLEX, NONE, -1)
        .query(10, "A", "G", "1/1", 60, TP, GM, 9)
        .query(20, "C", "A,T", "1/2", 5, FP, NONE, 19)
        .query(30, "A", "C", "0/1", 8, TOO_COMPLEX, NONE, -1)
        .tooComplex(new TooComplexRegion(29, 31, 1, 1, "test bound")).build();
    return List.of(new ContigOutcome[] {c1.build(), c1pass.build()}, new ContigOutcome[] {c2, c2});
  }

  private static RunInfo runInfo() {
    final Map<String, RunInfo.InputFile> inputs = new LinkedHashMap<>();
    inputs.put("truth", new RunInfo.InputFile("truth.vcf.gz", "00ff"));
    inputs.put("query", new RunInfo.InputFile("query.vcf.gz", null));
    inputs.put("target", null);
    final Map<String, Object> params = new LinkedHashMap<>();
    params.put("score_field", "QUAL");
    params.put("max_haplotypes", 4096);
    params.put("pass_only", false);
    return new RunInfo("0.1.0-test", inputs, "TRUTH_S", "QUERY_S", params);
  }

  private static OutputPaths write(String name) throws IOException {
    return write(name, context());
  }

  private static OutputPaths write(String name, ReportContext context) throws IOException {
    final Path dir = OUT.resolve(name);
    Files.createDirectories(dir);
    final OutputPaths paths = OutputPaths.forPrefix(dir.resolve("out").toString());
    try (ReportWriter w = new ReportWriter(paths, context, runInfo())) {
      for (ContigOutcome[] c : contigs()) {
        w.accept(c[0], c[1]);
      }
      w.finish();
      tally = w.tally();
    }
    return paths;
  }

  @BeforeAll
  static void writeTwice() throws IOException {
    run1 = write("run1");
    run2 = write("run2");
  }

  @Test
  void twoRunsAreByteIdentical() throws IOException {
    final List<Path> a = run1.all();
    final List<Path> b = run2.all();
    for (int i = 0; i < a.size(); i++) {
      assertTrue(Files.size(a.get(i)) > 0, a.get(i).toString());
      assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }
  }

  @Test
  void tallyFollowsTheRules() {
    assertEquals(new Counts(2, 2, 0, 6, 3, 2, 1, 0, 1), tally.counts(FilterKind.ALL, VariantType.SNP));
    assertEquals(new Counts(2, 1, 1, 2, 1, 1, 0, 1, 0), tally.counts(FilterKind.ALL, VariantType.INDEL));
    assertEquals(new Counts(2, 2, 0, 5, 3, 1, 1, 0, 0), tally.counts(FilterKind.PASS, VariantType.SNP));
    assertEquals(1, tally.notVariantQuery());
  }

  @Test
  void summaryHasHappyHeaderAndRows() throws IOException {
    final Path real = Fixtures.sharedData()
        .resolve("hg002-chr21-pseudoref/expected/happy-vcfeval/strelka/strelka.summary.csv");
    final List<String> lines = Files.readAllLines(run1.summaryCsv());
    assertEquals(Files.readAllLines(real).get(0), lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(lines.get(1).startsWith("INDEL,ALL,"));
    assertTrue(lines.get(2).startsWith("INDEL,PASS,"));
    // SNP ALL: recall 2/2, precision 3/5, Frac_NA 1/6, F1 0.75; truth ti:tv 2:0 (empty), query 6:1 (the 1/2
    // record has both); het:homalt truth 1:1, query 3:2 (hetalt in neither)
    assertEquals("SNP,ALL,2,2,0,6,2,1,0,1,1.0,0.6,0.166667,0.75,,6.0,1.0,1.5", lines.get(3));
    assertEquals("SNP,PASS,2,2,0,5,1,1,0,0,1.0,0.75,0.2,0.857143,,5.0,1.0,1.0", lines.get(4));
  }

  @Test
  void extendedHasHappyHeaderStrataAndBlockTags() throws IOException {
    final Path real = Fixtures.sharedData()
        .resolve("hg002-chr21-pseudoref/expected/happy-xcmp/strelka/strelka.extended.csv");
    final List<String> lines = Files.readAllLines(run1.extendedCsv());
    assertEquals(Files.readAllLines(real).get(0), lines.get(0));
    final Map<String, String> rows = new LinkedHashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      final String[] f = l.split(",", -1);
      rows.put(f[0] + "," + f[1] + "," + f[2] + "," + f[3], l);
    }
    // 10 INDEL subtypes x (*, s1, TS_boundary?, TS_contained) ... SNP: * only
    assertTrue(rows.containsKey("SNP,*,s1,ALL"));
    assertTrue(rows.containsKey("SNP,*,TS_boundary,ALL"), rows.keySet().toString());
    assertTrue(rows.containsKey("SNP,*,TS_contained,ALL"));
    assertTrue(rows.containsKey("INDEL,I1_5,*,PASS"));
    assertTrue(rows.containsKey("INDEL,D1_5,s1,ALL"));
    assertFalse(rows.containsKey("INDEL,*,TS_boundary,ALL"), "no INDEL block crosses the boundary");
    // s1 = [140,160) on c1: truth 150 TP, query 150 TP and 160 FP(lm)
    final String[] s1 = rows.get("SNP,*,s1,ALL").split(",", -1);
    assertEquals("20.000000", s1[13]);
    assertEquals("20.000000", s1[14]);
    assertEquals("1.000000", s1[15]);
    assertEquals("1", s1[16]);
    assertEquals("2", s1[37]);
    final String[] star = rows.get("SNP,*,*,ALL").split(",", -1);
    assertEquals("1500", star[13], "Subset.Size of * = length of contigs with records");
    assertEquals("700.000000", star[14]);
    // rows sorted as hap.py (pandas string order)
    final List<String> keys = new ArrayList<>(rows.keySet());
    final List<String> sorted = new ArrayList<>(keys);
    sorted.sort(String::compareTo);
    assertEquals(sorted.size(), keys.size());
  }

  @Test
  void vcfIsIndexedAndCarriesGa4ghFields() {
    try (VCFFileReader r = new VCFFileReader(run1.vcf(), true)) {
      assertEquals(List.of("TRUTH", "QUERY"), r.getFileHeader().getGenotypeSamples());
      final List<VariantContext> hits = new ArrayList<>();
      try (var it = r.query("c1", 150, 160)) {
        it.forEachRemaining(hits::add);
      }
      assertEquals(3, hits.size());
      final VariantContext snp = hits.get(0);
      assertEquals(150, snp.getStart());
      assertEquals("150", snp.getAttributeAsString("BS", ""));
      assertEquals(List.of("CONF", "TS_boundary", "s1"), snp.getAttributeAsStringList("Regions", ""));
      assertEquals("TP", snp.getGenotype("TRUTH").getExtendedAttribute("BD"));
      assertEquals("gm", snp.getGenotype("QUERY").getExtendedAttribute("BK"));
      assertEquals("ti", snp.getGenotype("QUERY").getExtendedAttribute("BI"));
      assertEquals("SNP", snp.getGenotype("QUERY").getExtendedAttribute("BVT"));
      assertEquals("het", snp.getGenotype("QUERY").getExtendedAttribute("BLT"));
      assertEquals("45", snp.getGenotype("TRUTH").getExtendedAttribute("QQ"), "truth TP takes its block's lowest TP score");
      final VariantContext del = hits.get(1);
      assertEquals("FN", del.getGenotype("TRUTH").getExtendedAttribute("BD"));
      assertEquals("FP", del.getGenotype("QUERY").getExtendedAttribute("BD"));
      assertEquals("am", del.getGenotype("QUERY").getExtendedAttribute("BK"));
      assertEquals("d1_5", del.getGenotype("QUERY").getExtendedAttribute("BI"));
      final VariantContext lm = hits.get(2);
      assertTrue(lm.getGenotype("TRUTH").isNoCall());
      assertEquals("NOCALL", lm.getGenotype("TRUTH").getExtendedAttribute("BVT"));
      assertEquals("lm", lm.getGenotype("QUERY").getExtendedAttribute("BK"));

      final Map<Integer, VariantContext> c1 = new LinkedHashMap<>();
      try (var it = r.query("c1", 1, 1000)) {
        it.forEachRemaining(v -> c1.put(v.getStart(), v));
      }
      assertEquals("UNK", c1.get(50).getGenotype("TRUTH").getExtendedAttribute("BD"));
      assertEquals("TP", c1.get(95).getGenotype("QUERY").getExtendedAttribute("BD"));
      assertEquals("N", c1.get(210).getGenotype("QUERY").getExtendedAttribute("BD"));
      assertEquals("HOMREF", c1.get(210).getGenotype("QUERY").getExtendedAttribute("BVT"));
      assertEquals("UNK", c1.get(400).getGenotype("QUERY").getExtendedAttribute("BD"));
      assertFalse(c1.get(400).hasAttribute("Regions"));

      final Iterator<VariantContext> c2 = r.query("c2", 1, 500);
      final List<VariantContext> c2l = new ArrayList<>();
      c2.forEachRemaining(c2l::add);
      assertEquals(3, c2l.size());
      assertEquals("hetalt", c2l.get(1).getGenotype("QUERY").getExtendedAttribute("BLT"));
      assertTrue(c2l.get(2).hasAttribute("TooComplex"));
      assertEquals("UNK", c2l.get(2).getGenotype("TRUTH").getExtendedAttribute("BD"));
    }
  }

  @Test
  void aRecordInAGiabSizedSetOfStrataListsEveryNameInTheVcfAndNonAsciiNamesAsUtf8() throws IOException {
    final List<Stratum> strata = new ArrayList<>();
    final List<String> expected = new ArrayList<>(List.of("CONF", "TS_boundary"));
    for (int i = 0; i < 150; i++) {
      final String name = (i == 77 ? "Functional/exón_" : "LowComplexity/notinAllTandemRepeats_") + i;
      strata.add(new Stratum(name, Fixtures.regions("c1", 140, 160)));
      expected.add(name);
    }
    expected.sort(String::compareTo);
    final ReportContext base = context();
    final OutputPaths paths = write("giab-sized", new ReportContext(base.contigLengths(), base.confident(), strata,
        "QUAL"));
    final String line = gunzipLines(paths.vcf()).stream().filter(l -> l.startsWith("c1\t150\t")).findFirst()
        .orElseThrow();
    final String info = line.split("\t")[7];
    assertEquals("Regions=" + String.join(",", expected), info.substring(info.indexOf("Regions=")).split(";")[0]);
    assertTrue(info.contains("Functional/exón_77"));
  }

  @Test
  void metricsJsonHasSchemaOrderAndCounts() throws IOException {
    final JsonNode root = new ObjectMapper().readTree(run1.metricsJson().toFile());
    final List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("schema", "harness_version", "inputs", "parameters", "counts", "metrics", "too_complex",
        "too_complex_totals", "not_variant", "not_assessed"), keys);
    assertEquals(MetricsJsonSink.SCHEMA, root.get("schema").asText());
    assertEquals("00ff", root.at("/inputs/truth/sha256").asText());
    assertTrue(root.at("/inputs/query/sha256").isNull());
    assertTrue(root.at("/inputs/target").isNull());
    assertEquals("QUERY_S", root.at("/inputs/query_sample").asText());
    assertEquals(4096, root.at("/parameters/max_haplotypes").asInt());
    assertEquals(3, root.at("/counts/ALL/SNP/query_tp").asLong());
    assertEquals(4, root.at("/counts/ALL/ALL/query_tp").asLong());
    assertEquals(1, root.at("/counts/ALL/INDEL/fp_gt").asLong());
    assertEquals(0.75, root.at("/metrics/PASS/SNP/precision").asDouble(), 1e-12);
    assertEquals("c2", root.at("/too_complex/0/contig").asText());
    assertEquals(29, root.at("/too_complex/0/start").asInt());
    assertEquals(1, root.at("/too_complex_totals/ALL/query_records").asInt());
    assertEquals(1, root.at("/not_variant/query").asInt());
    final String text = Files.readString(run1.metricsJson());
    assertFalse(text.contains("\r"));
    assertTrue(text.endsWith("}\n"));
  }

  @Test
  void rocCurvesCountAboveThreshold() throws IOException {
    final List<String> snp = gunzipLines(run1.rocSnp());
    assertEquals(ExtendedCsvSink.HEADER, snp.get(0));
    // query SNP scores 5, 10, 30, 45, 50, 60 -> six thresholds, increasing
    assertEquals(7, snp.size());
    final String[] lowest = snp.get(1).split(",", -1);
    assertEquals("5.000000", lowest[6]);
    assertEquals("2", lowest[23]);   // TRUTH.TP
    assertEquals("3", lowest[44]);   // QUERY.TP
    final String[] at50 = snp.get(5).split(",", -1);
    assertEquals("50.000000", at50[6]);
    assertEquals("1", at50[23]);     // truth at 150 has score 45 < 50 -> FN
    assertEquals("1", at50[30]);     // TRUTH.FN
    assertEquals("2", at50[44]);
    assertEquals("0", at50[51]);     // QUERY.FP
    final List<String> snpPass = gunzipLines(run1.rocSnpPass());
    assertEquals(6, snpPass.size(), "the filtered score-10 FP is not in the PASS curve");
    final List<String> all = gunzipLines(run1.rocAll());
    assertEquals(ExtendedCsvSink.HEADER, all.get(0));
    assertTrue(all.size() > snp.size() + snpPass.size());
    assertTrue(all.contains(snp.get(1)));
  }

  @Test
  void sha256OfFile() throws IOException {
    final Path f = OUT.resolve("abc.txt");
    Files.createDirectories(OUT);
    Files.writeString(f, "abc");
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.of(f));
  }

  private static List<String> gunzipLines(Path p) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
        StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }
}
