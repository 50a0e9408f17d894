package dk.harness.workflow.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import dk.harness.testdata.TestFiles;
import dk.harness.compare.CompareSettings;
import dk.harness.compare.Comparison;
import dk.harness.compare.ProgressSink;
import dk.harness.workflow.demo.Demo;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A compare unit reads only its contigs, through the index: with a malformed record on chr1, the chr2 unit runs
 * clean (a stream through the file would have met the bad record first), and the chr1 unit records the very error,
 * line number included, that a single-machine comparison reports.
 */
class ShardRandomAccessTest {
  @Test
  void unitsReadTheirContigsByIndexAndReportErrorsAsTheRunDoes() throws Exception {
    final Path out = TestFiles.scratch("shard-random-access");
    new Demo(ShardedRunFixture.quiet(), new PrintWriter(new StringWriter(), true))
        .run(new Demo.Options(out, 9, 40_000, false, Path.of("unused"), 2));
    final Path cohort = out.resolve("demo-cohort");
    final Path broken = cohort.resolve("units/broken.vcf.gz");
    final int badLine = rewriteWithBadGenotypeOnChr1(cohort.resolve("units/north/HG002.vcf.gz"), broken);
    final Path planFile = cohort.resolve("plan.yaml");
    Files.writeString(planFile, Files.readString(planFile)
        + "  - {unit: broken, sample: HG002, pipeline: {name: p, version: '1'}, truth_set: demo-hg002, "
        + "vcf: units/broken.vcf.gz}\n");
    final Plan plan = new PlanReader(2).read(planFile);
    final ShardPlan shards = ShardPlanner.plan(plan, 1);
    final Path file = out.resolve("shards.json");
    shards.write(file);
    final List<WorkUnit> units = shards.unitsOf("broken/HG002");
    assertEquals(List.of(List.of(), List.of("chr1"), List.of("chr2")), units.stream().map(WorkUnit::contigs)
        .toList());

    final ShardRunner.Outcome chr2 = ShardRunner.run(file, units.get(2).index(), out.resolve("u"), 1,
        ProgressSink.SILENT);
    assertNull(chr2.error(), "the chr2 unit never reads chr1's records");
    assertEquals(1, chr2.compared());

    final ShardRunner.Outcome chr1 = ShardRunner.run(file, units.get(1).index(), out.resolve("u"), 1,
        ProgressSink.SILENT);
    assertNotNull(chr1.error());
    final PlanSubmission s = plan.submissions().get(plan.submissions().size() - 1);
    final PlanTruthSet t = plan.truthSets().get(0);
    final InputException single = assertThrows(InputException.class, () -> Comparison.run(new CompareSettings(
        t.vcf(), s.vcf(), t.reference(), t.confident(), t.stratification(), null, null, null, 1, s.roc(),
        out.resolve("single/x")), "test", ProgressSink.SILENT));
    assertTrue(single.getMessage().startsWith(broken + ":" + badLine + ": "), single.getMessage());
    assertEquals(single.getMessage(), chr1.error(), "the unit reports the run's error, with its line number");
  }

  /** Copies a bgzipped VCF with the first chr1 record's genotype made invalid; returns that record's line. */
  private static int rewriteWithBadGenotypeOnChr1(Path from, Path to) throws Exception {
    final List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(from)),
        StandardCharsets.US_ASCII))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        lines.add(l);
      }
    }
    int bad = -1;
    final List<SAMSequenceRecord> seqs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      final String l = lines.get(i);
      if (l.startsWith("##contig=<ID=")) {
        final String id = l.substring(13, l.indexOf(','));
        final int len = Integer.parseInt(l.replaceAll(".*length=(\\d+).*", "$1"));
        seqs.add(new SAMSequenceRecord(id, len));
      }
      if (bad < 0 && l.startsWith("chr1\t")) {
        final String[] f = l.split("\t");
        f[9] = "0/7" + (f[9].contains(":") ? f[9].substring(f[9].indexOf(':')) : "");
        lines.set(i, String.join("\t", f));
        bad = i + 1;
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
    return bad;
  }
}
