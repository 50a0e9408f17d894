package dk.harness.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CohortSimulatorTest {
  private static final SimulationConfig TINY = SimulationConfig.defaults()
      .withContigs(List.of(new ContigSpec("chr1", 230_000), new ContigSpec("chrX", 120_001)))
      .withSamples(List.of("HG002", "HG001"));

  @Test
  void sameConfigGivesByteIdenticalFiles() throws IOException {
    final Path a = TestCohorts.fresh("det-a");
    final Path b = TestCohorts.fresh("det-b");
    new CohortSimulator(TINY).generate(a);
    new CohortSimulator(TINY).generate(b);
    final Map<String, byte[]> filesA = files(a);
    final Map<String, byte[]> filesB = files(b);
    assertEquals(filesA.keySet(), filesB.keySet());
    // Every output of the layout is there (2 samples x 5 units, indexes included).
    assertTrue(filesA.keySet().containsAll(List.of("cohort.json", "reference/demo.fa", "reference/demo.fa.fai",
        "strata/strata.tsv", "strata/homopolymer_ge7.bed", "strata/tandem_repeats.bed",
        "strata/low_complexity_gc.bed", "strata/not_in_repeats.bed", "truth/HG001_truth.vcf.gz",
        "truth/HG001_truth.vcf.gz.tbi", "truth/HG002_confident.bed", "units/zealand/HG001.vcf.gz",
        "units/capital/HG002.vcf.gz.tbi")), filesA.keySet().toString());
    // Plus the SV part: per sample truth VCF, index and benchmark BED; per unit and sample a VCF and index.
    assertEquals(1 + 2 + 5 + 2 * 3 + 5 * 2 * 2 + 2 * 3 + 5 * 2 * 2, filesA.size(), filesA.keySet().toString());
    for (String name : filesA.keySet()) {
      assertArrayEquals(filesA.get(name), filesB.get(name), name + " differs between two runs");
    }
  }

  @Test
  void seedChangesEverythingButUnitsAreIndependentStreams() throws IOException {
    final Path base = TestCohorts.fresh("seed-base");
    final Path other = TestCohorts.fresh("seed-other");
    final Path fewer = TestCohorts.fresh("seed-fewer-units");
    new CohortSimulator(TINY).generate(base);
    new CohortSimulator(TINY.withSeed(TINY.seed() + 1)).generate(other);
    new CohortSimulator(TINY.withUnits(List.of(UnitProfile.SOUTH))).generate(fewer);
    assertFalse(java.util.Arrays.equals(bytes(base, "reference/demo.fa"), bytes(other, "reference/demo.fa")));
    assertFalse(java.util.Arrays.equals(bytes(base, "truth/HG002_truth.vcf.gz"),
        bytes(other, "truth/HG002_truth.vcf.gz")));
    // Dropping units does not change the reference, the truth or the remaining unit.
    for (String f : List.of("reference/demo.fa", "truth/HG002_truth.vcf.gz", "truth/HG001_confident.bed",
        "units/south/HG001.vcf.gz")) {
      assertArrayEquals(bytes(base, f), bytes(fewer, f), f);
    }
    // Samples get different truth sets on the same reference.
    assertNotEquals(new String(bytes(base, "truth/HG002_confident.bed"), StandardCharsets.US_ASCII),
        new String(bytes(base, "truth/HG001_confident.bed"), StandardCharsets.US_ASCII));
  }

  @Test
  void cohortPathsAndDescriptionAgree() throws IOException {
    final Cohort cohort = TestCohorts.small();
    assertEquals(cohort.root().resolve("reference/demo.fa"), cohort.reference());
    assertEquals(5, cohort.units().size());
    final Cohort.UnitCalls zealand = cohort.calls("zealand", "HG002");
    assertEquals(dk.harness.io.ScoreField.GQ, zealand.rocScore());
    assertEquals(cohort.root().resolve("units/zealand/HG002.vcf.gz"), zealand.queryVcf());
    assertTrue(Files.isRegularFile(cohort.sample("HG002").truthVcf()));
    final String json = Files.readString(cohort.cohortJson());
    assertTrue(json.contains("\"truth\": \"truth/HG002_truth.vcf.gz\""), json);
    assertTrue(json.contains("\"vcf\": \"units/zealand/HG002.vcf.gz\""), json);
    assertTrue(json.contains("\"seed\": 42,"), json);
    // The injected counts in cohort.json are those of the Cohort object.
    final long fpLowCx = zealand.injected().get("fp_low_complexity_snv");
    assertTrue(fpLowCx > 100, "zealand low-complexity FPs: " + fpLowCx);
    assertTrue(json.contains("\"fp_low_complexity_snv\": " + fpLowCx), json);
    assertEquals(List.of("homopolymer_ge7\thomopolymer_ge7.bed", "tandem_repeats\ttandem_repeats.bed",
        "low_complexity_gc\tlow_complexity_gc.bed", "not_in_repeats\tnot_in_repeats.bed"),
        Files.readAllLines(cohort.strataTsv()));
  }

  @Test
  void injectedErrorsFollowEachUnitsProfile() throws IOException {
    final Cohort cohort = TestCohorts.small();
    final Map<String, Long> capital = cohort.calls("capital", "HG002").injected();
    assertEquals(0, capital.keySet().stream().filter(k -> k.startsWith("fn_") || k.startsWith("fp_")
        || k.equals("gt_error") || k.equals("hp_length_error")).count(), capital.toString());
    assertTrue(capital.getOrDefault("shifted_indel", 0L) > 20, capital.toString());
    assertTrue(capital.getOrDefault("split_mnp", 0L) > 0, capital.toString());
    assertTrue(capital.getOrDefault("decomposed_complex", 0L) > 0, capital.toString());
    final Map<String, Long> central = cohort.calls("central", "HG002").injected();
    assertTrue(central.getOrDefault("fn_long_indel", 0L) > 5, central.toString());
    assertTrue(central.getOrDefault("hp_length_error", 0L) > 5, central.toString());
    final Map<String, Long> south = cohort.calls("south", "HG002").injected();
    assertTrue(south.getOrDefault("gt_error", 0L) > 50, south.toString());
    assertTrue(south.getOrDefault("filtered_error_call", 0L) > south.getOrDefault("filtered_correct_call", 0L),
        south.toString());
    assertFalse(cohort.calls("north", "HG002").injected().containsKey("filtered_correct_call"));
  }

  @Test
  void badConfigIsRejectedWithAClearMessage() {
    assertThrows(IllegalArgumentException.class, () -> new ContigSpec("chr 1", 20_000));
    final IllegalArgumentException shortContig =
        assertThrows(IllegalArgumentException.class, () -> new ContigSpec("chr1", 50));
    assertTrue(shortContig.getMessage().contains("at least"), shortContig.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SimulationConfig.contigs(0, 100_000));
    assertThrows(IllegalArgumentException.class, () -> TINY.withSamples(List.of("HG002", "HG002")));
    final IllegalArgumentException unit = assertThrows(IllegalArgumentException.class,
        () -> UnitProfile.byName("iceland"));
    assertTrue(unit.getMessage().contains("north, central, south, capital, zealand"), unit.getMessage());
    assertEquals(UnitProfile.ZEALAND, UnitProfile.byName("Zealand"));
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    final Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static byte[] bytes(Path root, String name) throws IOException {
    return Files.readAllBytes(root.resolve(name));
  }
}
