package dk.harness.workflow.run;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.harness.testdata.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Plans, criteria and derived query VCFs over the NA12878 chr20 data, for run tests. */
final class RunFixtures {
  /** SNP PASS recall and precision judged with lenient thresholds a 45-SNP region can meet (45/45: 0.946). */
  static final String CRITERIA = String.join("\n",
      "criteria_version: \"test-1\"",
      "effective_date: \"2026-01-01\"",
      "interval: jeffreys-95",
      "rules:",
      "  - {type: SNP, filter: PASS, subset: \"*\", metric: recall, fail_below: %s, warn_below: %s}",
      "  - {type: SNP, filter: PASS, subset: \"*\", metric: precision, fail_below: 0.90, warn_below: 0.94}",
      "regression:",
      "  metrics: [recall, precision]",
      "  fail: current_upper_below_previous_lower",
      "  warn_drop: 0.01",
      "");

  /** The five units and the query each submits in the base run (zealand: DeepVariant, 43/45 SNPs: FAILs). */
  static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("north", "query_derived_chr20_bgzip/expected.testVCFMode.gatk4.chr20.vcf.gz");
    QUERIES.put("central", "query_derived_chr20_bgzip/expected.testVCFMode.gatk4.DRAGEN.chr20.vcf.gz");
    QUERIES.put("south", "query_derived_chr20_bgzip/expected.testVCFMode.gatk3.8-4-g7b0250253.chr20.vcf.gz");
    QUERIES.put("capital", "query_derived_chr20_bgzip/expected.testLinkedDebruijnMode.gatk4.chr20.vcf.gz");
    QUERIES.put("zealand", "query_derived_chr20_bgzip/golden.postprocess_single_site_output.vcf.gz");
  }

  private RunFixtures() {
  }

  static Path data() {
    final Path d = TestFiles.na12878();
    assumeTrue(Files.isDirectory(d), "shared data missing (" + d + "): run tests on real data skipped");
    return d;
  }

  static Path truthVcf() {
    return data().resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.vcf.gz");
  }

  static Path truthBed() {
    return data().resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.bed");
  }

  static Path reference() {
    return data().resolve("truth_and_reference/ucsc.hg19.chr20.unittest.fasta.gz");
  }

  static Path criteria(Path dir, double failBelow, double warnBelow) throws IOException {
    final Path p = dir.resolve("criteria.yaml");
    Files.writeString(p, String.format(java.util.Locale.ROOT, CRITERIA, failBelow, warnBelow));
    return p;
  }

  /**
   * A plan comparing each unit's VCF with the NA12878 truth; {@code queries} maps unit to VCF (absolute).
   */
  static Path plan(Path dir, String name, String runId, Path criteria, Map<String, Path> queries, int threads)
      throws IOException {
    final StringBuilder sb = new StringBuilder();
    sb.append("plan_version: 1\n");
    if (runId != null) {
      sb.append("run_id: ").append(runId).append('\n');
    }
    sb.append("results_dir: results\n");
    sb.append("threads: ").append(threads).append('\n');
    sb.append("gates: ").append(criteria).append('\n');
    sb.append("truth_sets:\n");
    sb.append("  - id: na12878-chr20\n");
    sb.append("    version: nist-3.2-100kbp\n");
    sb.append("    sample: HG001\n");
    sb.append("    vcf: ").append(truthVcf()).append('\n');
    sb.append("    confident: ").append(truthBed()).append('\n');
    sb.append("    reference: ").append(reference()).append('\n');
    sb.append("submissions:\n");
    for (Map.Entry<String, Path> e : queries.entrySet()) {
      sb.append("  - unit: ").append(e.getKey()).append('\n');
      sb.append("    sample: HG001\n");
      sb.append("    pipeline: {name: ").append(e.getKey()).append("-pipeline, version: \"1.0\"}\n");
      sb.append("    truth_set: na12878-chr20\n");
      sb.append("    vcf: ").append(e.getValue()).append('\n');
    }
    final Path p = dir.resolve(name);
    Files.writeString(p, sb.toString());
    return p;
  }

  /** The five units with their base-run queries. */
  static Map<String, Path> baseQueries() {
    final Map<String, Path> m = new LinkedHashMap<>();
    QUERIES.forEach((unit, rel) -> m.put(unit, data().resolve(rel)));
    return m;
  }

  /**
   * The GATK4 calls with the first {@code drop} SNP records inside the confident regions removed (a plain VCF):
   * recall (45 - drop) / 45.
   */
  static Path worseGatk4(Path dir, int drop) throws IOException {
    final List<long[]> bed = new ArrayList<>();
    for (String l : Files.readAllLines(truthBed())) {
      final String[] f = l.split("\t");
      if (f.length >= 3 && !l.startsWith("#")) {
        bed.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    final Path in = data().resolve(QUERIES.get("north"));
    final StringBuilder out = new StringBuilder();
    int dropped = 0;
    try (InputStream raw = new GZIPInputStream(Files.newInputStream(in))) {
      for (String line : new String(raw.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && dropped < drop) {
          final String[] f = line.split("\t");
          final long pos0 = Long.parseLong(f[1]) - 1;
          boolean inBed = false;
          for (long[] iv : bed) {
            inBed |= pos0 >= iv[0] && pos0 < iv[1];
          }
          if (inBed && f[3].length() == 1 && f[4].length() == 1) {
            dropped++;
            continue;
          }
        }
        out.append(line).append('\n');
      }
    }
    if (dropped != drop) {
      throw new IllegalStateException("could drop only " + dropped + " SNPs");
    }
    final Path p = dir.resolve("gatk4-minus-" + drop + ".vcf");
    Files.writeString(p, out.toString());
    return p;
  }

  /** Options writing the log to a string. */
  static RunOptions options(StringWriter log) {
    return RunOptions.of("test", new PrintWriter(log, true));
  }

  /** Every file under {@code dir}, relative, sorted, '/'-separated. */
  static List<String> tree(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }
}
