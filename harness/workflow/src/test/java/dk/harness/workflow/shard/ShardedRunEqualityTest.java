package dk.harness.workflow.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.TestFiles;
import dk.harness.workflow.gates.ResultCounts;
import dk.harness.workflow.demo.Demo;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.Runner;
import dk.harness.workflow.run.Status;
import dk.harness.workflow.run.SubmissionOutcome;
import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import htsjdk.tribble.SimpleFeature;
import htsjdk.tribble.index.tabix.TabixFormat;
import htsjdk.tribble.index.tabix.TabixIndexCreator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The issue's promise: {@code harness plan}, every unit, {@code harness merge} write exactly the run folder and
 * history rows {@code harness run} writes for the same plan (only times, timings and host differ), on the simulated
 * cohort (two contigs, so submissions really are split, plus a refused and an unreadable submission) and on real
 * data (NA12878 chr20, and HG002 chr21 with Strelka2's filtered records).
 */
class ShardedRunEqualityTest {
  private static final String RUN_ID = "equal-run";

  @Test
  void simulatedCohortWithRefusedSubmissions() throws Exception {
    final Path out = TestFiles.scratch("shard-sim");
    // The demo writes the cohort and its plan, and runs once: both runs below are judged against that run.
    new Demo(ShardedRunFixture.quiet(), new PrintWriter(new StringWriter(), true))
        .run(new Demo.Options(out, 11, 120_000, false, Path.of("unused"), 2));
    final Path cohort = out.resolve("demo-cohort");
    Files.writeString(cohort.resolve("wrong-target.bed"), "1\t0\t1000\n");
    // An uncompressed VCF has no index: its units stream the file (the chr2 unit reads past chr1).
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(
        cohort.resolve("units/south/HG002.vcf.gz")))) {
      Files.write(cohort.resolve("units/plain.vcf"), in.readAllBytes());
    }
    final Path planFile = cohort.resolve("plan.yaml");
    Files.writeString(planFile, Files.readString(planFile) + String.join("\n",
        "  - unit: target",
        "    sample: HG002",
        "    pipeline: {name: exome-kit, version: '1'}",
        "    truth_set: demo-hg002",
        "    vcf: units/north/HG002.vcf.gz",
        "    target: wrong-target.bed",
        "  - unit: plain",
        "    sample: HG002",
        "    pipeline: {name: no-index, version: '1'}",
        "    truth_set: demo-hg002",
        "    vcf: units/plain.vcf",
        "  - unit: garbage",
        "    sample: HG002",
        "    pipeline: {name: not-a-vcf, version: '1'}",
        "    truth_set: demo-hg002",
        "    vcf: truth/HG002_confident.bed",
        ""));
    final Path previousHistory = out.resolve(Runner.HISTORY_FILE);
    final Pair runs = runBothWays(planFile, out, previousHistory, 1);

    // Every good submission was cut into its two contigs; the refused ones still produce ERROR rows.
    assertEquals(8, runs.sharded.shards().units().stream().filter(u -> u.kind() == WorkUnit.Kind.INTAKE).count());
    for (String unit : List.of("north", "central", "south", "capital", "zealand", "plain")) {
      assertEquals(List.of(List.of("chr1"), List.of("chr2")), runs.sharded.shards().unitsOf(unit + "/HG002").stream()
          .filter(u -> u.kind() == WorkUnit.Kind.COMPARE).map(WorkUnit::contigs).toList());
    }
    // One outcome per part: the demo's units have a small and an SV part each.
    final java.util.Map<String, SubmissionOutcome> o = new java.util.HashMap<>();
    runs.single.outcomes().forEach(x -> o.put(x.part().key(), x));
    assertEquals(Status.ERROR, o.get("target/HG002").status());
    assertTrue(o.get("target/HG002").reasons().get(0).startsWith("comparison: ") && o.get("target/HG002").reasons()
        .get(0).contains("the target BED names contig '1', which the reference"),
        o.get("target/HG002").reasons().toString());
    assertEquals(o.get("south/HG002").status(), o.get("plain/HG002").status(),
        "the unindexed copy of south's VCF is judged as south");
    assertEquals(Status.ERROR, o.get("garbage/HG002").status());
    assertTrue(o.get("garbage/HG002").reasons().get(0).startsWith("intake: "),
        o.get("garbage/HG002").reasons().toString());
    for (SubmissionOutcome x : runs.single.outcomes().subList(0, 10)) {
      assertTrue(x.previousRunId() != null, "judged against the demo's run: " + x);
    }
  }

  @Test
  void realNa12878Chr20() throws Exception {
    final Path data = TestFiles.na12878();
    assumeTrue(Files.isDirectory(data), "shared data missing (" + data + "): skipped");
    final Path out = TestFiles.scratch("shard-na12878");
    final String tr = data.resolve("truth_and_reference") + "/";
    final String q = data.resolve("query_derived_chr20_bgzip") + "/";
    final StringBuilder plan = new StringBuilder(String.join("\n",
        "plan_version: 1",
        "threads: 2",
        "gates: " + TestFiles.repoRoot().resolve("gates/council-criteria.yaml"),
        "truth_sets:",
        "  - id: na12878-chr20",
        "    version: v3.2",
        "    sample: HG001",
        "    vcf: " + tr + "test_nist.b37_chr20_100kbp_at_10mb.vcf.gz",
        "    confident: " + tr + "test_nist.b37_chr20_100kbp_at_10mb.bed",
        "    reference: " + tr + "ucsc.hg19.chr20.unittest.fasta.gz",
        "submissions:", ""));
    final String[][] units = {{"north", "expected.testVCFMode.gatk4.chr20.vcf.gz"},
        {"central", "expected.testVCFMode.gatk4.DRAGEN.chr20.vcf.gz"},
        {"zealand", "golden.postprocess_single_site_output.vcf.gz"}};
    for (String[] u : units) {
      plan.append("  - {unit: ").append(u[0]).append(", sample: HG001, pipeline: {name: p, version: '1'}, ")
          .append("truth_set: na12878-chr20, vcf: ").append(q).append(u[1]).append("}\n");
    }
    final Path planFile = out.resolve("plan.yaml");
    Files.writeString(planFile, plan);
    final Pair runs = runBothWays(planFile, out, null, 2_000_000);
    assertEquals(6, runs.sharded.shards().units().size());
  }

  /**
   * Structural-variant parts (issue 12): one sv unit each, merged into the same {@code <unit>/<sample>/sv/} folders,
   * run.json entries and history rows as {@code harness run}; with a submission having both parts, a refused
   * (multi-allelic) SV file and a missing one.
   */
  @Test
  void realHg002Chr21SvParts() throws Exception {
    final Path data = TestFiles.na12878();
    final Path sv = TestFiles.shared().resolve("hg002-chr21-sv");
    assumeTrue(Files.isDirectory(data) && Files.isDirectory(sv), "shared data missing: skipped");
    final Path out = TestFiles.scratch("shard-sv");
    final String tr = data.resolve("truth_and_reference") + "/";
    final String calls = sv.resolve("calls") + "/";
    final StringBuilder plan = new StringBuilder(String.join("\n",
        "plan_version: 1",
        "threads: 2",
        "gates: " + TestFiles.repoRoot().resolve("gates/council-criteria.yaml"),
        "sv_parameters: {passonly: true, refdist: 1000, pctseq: 0}",
        "truth_sets:",
        "  - id: na12878-chr20",
        "    version: v3.2",
        "    vcf: " + tr + "test_nist.b37_chr20_100kbp_at_10mb.vcf.gz",
        "    confident: " + tr + "test_nist.b37_chr20_100kbp_at_10mb.bed",
        "    reference: " + tr + "ucsc.hg19.chr20.unittest.fasta.gz",
        "  - id: hg002-sv",
        "    kind: structural-variant",
        "    version: v0.6",
        "    vcf: " + sv.resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz"),
        "    confident: " + sv.resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed"),
        "submissions:",
        "  - {unit: north, sample: S, pipeline: {name: p, version: '1'}, truth_set: na12878-chr20, vcf: "
            + data.resolve("query_derived_chr20_bgzip/expected.testVCFMode.gatk4.chr20.vcf.gz")
            + ", sv_truth_set: hg002-sv, sv_vcf: " + calls + "HG002_manta_SV_hg19_genotype.chr21.vcf.gz}", ""));
    final String[][] units = {{"central", "HG002_delly_SV_hg19.chr21.vcf.gz"},
        {"south", "hg19.HG002.pbsv.chr21.vcf.gz"}, {"west", "HG002-NA24385-50x.union_170414.split.chr21.vcf.gz"},
        {"east", "missing.vcf.gz"}};
    for (String[] u : units) {
      plan.append("  - {unit: ").append(u[0]).append(", sample: S, pipeline: {name: p, version: '1'}, ")
          .append("sv_truth_set: hg002-sv, sv_vcf: ").append(calls).append(u[1]).append("}\n");
    }
    final Path planFile = out.resolve("plan.yaml");
    Files.writeString(planFile, plan);
    final Pair runs = runBothWays(planFile, out, null, 2_000_000);
    final List<WorkUnit> planned = runs.sharded.shards().units();
    assertEquals(List.of("intake", "compare", "sv", "sv", "sv", "sv", "sv"),
        planned.stream().map(u -> u.kind().label()).toList());
    final List<Status> verdicts = runs.single.outcomes().stream().map(SubmissionOutcome::status).toList();
    assertEquals(Status.ERROR, verdicts.get(4), "the multi-allelic union file is refused");
    assertEquals(Status.ERROR, verdicts.get(5), "the missing file is refused by intake");
    assertEquals(RunResult.EXIT_BAD_INPUT, runs.sharded.result().exitCode());
    assertTrue(Files.isRegularFile(runs.sharded.result().runDir().resolve("north/S/sv/summary.json")));
  }

  @Test
  void realHg002Chr21WithFilteredRecords() throws Exception {
    final Path sarek = TestFiles.shared().resolve("hg002-chr21-sarek");
    final Path pseudo = TestFiles.shared().resolve("hg002-chr21-pseudoref");
    assumeTrue(Files.isDirectory(sarek) && Files.isDirectory(pseudo), "shared chr21 data missing: skipped");
    final Path out = TestFiles.scratch("shard-chr21");
    final String truth = sarek.resolve("SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21") + "";
    final String plan = String.join("\n",
        "plan_version: 1",
        "threads: 2",
        "gates: " + TestFiles.repoRoot().resolve("gates/council-criteria.yaml"),
        "truth_sets:",
        "  - {id: hg002-chr21, version: v4.2.1, sample: HG002, vcf: " + truth + ".vcf.gz, confident: " + truth
            + ".bed, reference: " + pseudo.resolve("chr21.pseudo.fa.gz") + "}",
        "submissions:",
        "  - {unit: south, sample: HG002, pipeline: {name: strelka2, version: '1'}, truth_set: hg002-chr21, vcf: "
            + sarek.resolve("sarek/hg37/HG002.strelka.variants.chr21.vcf.gz") + "}",
        "  - {unit: north, sample: HG002, pipeline: {name: haplotypecaller, version: '1'}, truth_set: hg002-chr21, "
            + "vcf: " + sarek.resolve("sarek/hg37/HG002.haplotypecaller.chr21.vcf.gz") + "}",
        "");
    final Path planFile = out.resolve("plan.yaml");
    Files.writeString(planFile, plan);
    final Pair runs = runBothWays(planFile, out, null, 2_000_000);
    // Strelka2 filters records, so its PASS rows come from a second comparison (the PASS replay path).
    final SubmissionOutcome south = runs.single.outcomes().get(0);
    final ResultCounts counts = ResultCounts.ofOutput(runs.single.runDir().resolve(south.folder()).resolve("HG002"));
    assertTrue(counts.counts(VariantType.SNP, FilterKind.PASS, "*").queryTotal()
        < counts.counts(VariantType.SNP, FilterKind.ALL, "*").queryTotal(), "Strelka2 has filtered SNPs");
  }

  /**
   * Records without GT (gVCF blocks) are skipped by the reader and counted as not assessed ({@code no_genotype}).
   * With such records on chr1 and chr2 of the truth and of the query, and each contig in a unit of its own, the
   * merge reports the file's count as the run does: the query read by index (the indexed submission) and streamed
   * (the plain one, whose chr2 unit reads past chr1), the unindexed truth streamed by every unit.
   */
  @Test
  void recordsWithoutGenotypeOnContigsOfDifferentUnits() throws Exception {
    final Path out = TestFiles.scratch("shard-no-gt");
    new Demo(ShardedRunFixture.quiet(), new PrintWriter(new StringWriter(), true))
        .run(new Demo.Options(out, 9, 40_000, false, Path.of("unused"), 2));
    final Path cohort = out.resolve("demo-cohort");
    // Truth: one block on each contig. Query: two on chr1, one on chr2.
    Files.write(cohort.resolve("truth/gtless.vcf"), withBlocksWithoutGt(cohort.resolve("truth/HG002_truth.vcf.gz"),
        1, 1));
    final List<String> query = withBlocksWithoutGt(cohort.resolve("units/north/HG002.vcf.gz"), 2, 1);
    Files.write(cohort.resolve("units/gtless.vcf"), query);
    bgzipWithIndex(query, cohort.resolve("units/gtless.vcf.gz"));
    final Path planFile = cohort.resolve("gtless-plan.yaml");
    Files.writeString(planFile, String.join("\n",
        "plan_version: 1",
        "threads: 2",
        "gates: " + TestFiles.repoRoot().resolve("gates/council-criteria.yaml"),
        "truth_sets:",
        "  - {id: gtless, version: '1', sample: HG002, vcf: truth/gtless.vcf, confident: truth/HG002_confident.bed, "
            + "reference: reference/demo.fa, stratification: strata/strata.tsv}",
        "submissions:",
        "  - {unit: indexed, sample: HG002, pipeline: {name: p, version: '1'}, truth_set: gtless, "
            + "vcf: units/gtless.vcf.gz}",
        "  - {unit: streamed, sample: HG002, pipeline: {name: p, version: '1'}, truth_set: gtless, "
            + "vcf: units/gtless.vcf}",
        ""));
    final Pair runs = runBothWays(planFile, out, null, 1);

    for (String unit : List.of("indexed", "streamed")) {
      assertEquals(List.of(List.of("chr1"), List.of("chr2")), runs.sharded.shards().unitsOf(unit + "/HG002").stream()
          .filter(u -> u.kind() == WorkUnit.Kind.COMPARE).map(WorkUnit::contigs).toList());
    }
    for (SubmissionOutcome o : runs.single.outcomes()) {
      final JsonNode notAssessed = new ObjectMapper().readTree(runs.single.runDir().resolve(o.folder())
          .resolve("HG002.metrics.json").toFile()).path("not_assessed");
      assertEquals(2, notAssessed.path("truth").path("kinds").path("no_genotype").path("total").asLong(-1),
          o.folder() + ": " + notAssessed.path("truth"));
      assertEquals(3, notAssessed.path("query").path("kinds").path("no_genotype").path("total").asLong(-1),
          o.folder() + ": " + notAssessed.path("query"));
    }
  }

  /**
   * The lines of a gzipped VCF with a copy of the first {@code chr1} and {@code chr2} records after each record,
   * its FORMAT and sample made GT-less, as a gVCF block carries only DP.
   */
  private static List<String> withBlocksWithoutGt(Path vcf, int chr1, int chr2) throws Exception {
    final List<String> out = new ArrayList<>();
    final Map<String, Integer> left = new HashMap<>(Map.of("chr1", chr1, "chr2", chr2));
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(vcf)),
        StandardCharsets.US_ASCII))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
        final String[] f = l.split("\t");
        if (!l.startsWith("#") && left.getOrDefault(f[0], 0) > 0) {
          final int n = left.put(f[0], 0);
          f[8] = "DP";
          f[9] = "7";
          for (int i = 0; i < n; i++) {
            out.add(String.join("\t", f));
          }
        }
      }
    }
    assertEquals(Map.of("chr1", 0, "chr2", 0), left, "both contigs have records in " + vcf);
    return out;
  }

  /** Writes {@code lines} bgzipped with a tabix index. */
  private static void bgzipWithIndex(List<String> lines, Path to) throws Exception {
    final List<SAMSequenceRecord> seqs = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("##contig=<ID=")) {
        seqs.add(new SAMSequenceRecord(l.substring(13, l.indexOf(',')),
            Integer.parseInt(l.replaceAll(".*length=(\\d+).*", "$1"))));
      }
    }
    final TabixIndexCreator index = new TabixIndexCreator(new SAMSequenceDictionary(seqs), TabixFormat.VCF);
    final long end;
    try (BlockCompressedOutputStream out = new BlockCompressedOutputStream(to.toFile())) {
      for (String l : lines) {
        if (!l.startsWith("#")) {
          final String[] f = l.split("\t", 5);
          final int pos = Integer.parseInt(f[1]);
          index.addFeature(new SimpleFeature(f[0], pos, pos + f[3].length() - 1), out.getFilePointer());
        }
        out.write((l + "\n").getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      end = out.getFilePointer();
    }
    index.finalizeIndex(end).write(to.resolveSibling(to.getFileName() + ".tbi"));
  }

  private record Pair(RunResult single, ShardedRunFixture.Sharded sharded) {
  }

  /**
   * Runs the plan with {@code harness run} into out/single and sharded into out/sharded (same run id, each results
   * folder starting from a copy of {@code history}, if given), and asserts both wrote the same.
   */
  private static Pair runBothWays(Path planFile, Path out, Path history, long recordsPerShard) throws Exception {
    final Path singleDir = out.resolve("single");
    final Path shardedDir = out.resolve("sharded");
    for (Path d : List.of(singleDir, shardedDir)) {
      Files.createDirectories(d);
      if (history != null) {
        Files.copy(history, d.resolve(Runner.HISTORY_FILE), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    final Plan plan = new PlanReader(2).read(planFile);
    final RunResult single = new Runner(ShardedRunFixture.quiet()).run(plan.withOverrides(RUN_ID, singleDir, null,
        null));
    final ShardedRunFixture.Sharded sharded = ShardedRunFixture.run(plan.withOverrides(RUN_ID, shardedDir, null,
        null), out.resolve("work"), recordsPerShard, 42);
    assertEquals(single.exitCode(), sharded.result().exitCode());
    assertEquals(single.truthSetLoads(), sharded.result().truthSetLoads());
    final int files = RunComparison.assertSameRunFolder(single.runDir(), sharded.result().runDir());
    assertTrue(files >= 1 + 2 * plan.submissions().size(), files + " files compared");
    assertTrue(RunComparison.assertSameHistory(single.history(), sharded.result().history()) > 0);
    return new Pair(single, sharded);
  }
}
