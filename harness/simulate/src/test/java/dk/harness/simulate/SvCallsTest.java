package dk.harness.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.sv.SvSummary;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each unit's SV calls, compared with the truth by the SV engine under Truvari's defaults, show exactly the errors
 * the simulator says it injected, at the rates the unit's profile asks for.
 */
class SvCallsTest {
  @Test
  void engineCountsEqualTheInjectedErrorsForEveryUnitWithAndWithoutReference() throws IOException {
    final Cohort c = SvCohorts.cohort();
    for (Cohort.UnitCalls u : c.units()) {
      final SortedMap<String, Long> inj = u.svInjectedBenchmark();
      final long broken = inj.getOrDefault("sv_missed", 0L) + inj.getOrDefault("sv_far_shift", 0L)
          + inj.getOrDefault("sv_size_beyond", 0L) + inj.getOrDefault("sv_dup_as_dup", 0L);
      final long wrongCalls = broken - inj.getOrDefault("sv_missed", 0L);
      final int counted = countedTruth(c.sample(u.sample()));
      for (boolean withReference : new boolean[] {false, true}) {
        final SvSummary r = SvCohorts.compare(c, u.sample(), u.svVcf(), withReference);
        final String what = u.unit() + "/" + u.sample() + (withReference ? " with reference" : "") + ": " + r
            + " injected " + inj;
        assertEquals(counted, r.baseCnt(), what);
        assertEquals(broken, r.fn(), what);
        assertEquals(counted - broken, r.tpBase(), what);
        assertEquals(r.tpBase(), r.tpComp(), what);
        assertEquals(inj.getOrDefault("sv_false", 0L) + wrongCalls, r.fp(), what);
        assertEquals((long) inj.getOrDefault("sv_gt_error", 0L), r.tpBaseFpGt(), what);
      }
    }
  }

  @Test
  void unitsDifferAsTheirProfilesSay() throws IOException {
    final Cohort c = SvCohorts.cohort();
    final Map<String, SvSummary> r = new TreeMap<>();
    for (String unit : List.of("north", "central", "south", "capital", "zealand")) {
      r.put(unit, SvCohorts.compare(c, "HG002", c.calls(unit, "HG002").svVcf(), false));
    }
    // capital differs only within Truvari's tolerances: perfect.
    assertEquals(1.0, r.get("capital").recall());
    assertEquals(1.0, r.get("capital").precision());
    assertTrue(r.get("capital").tpBase() > 150);
    // central misses insertions, zealand has the most false calls, south the most genotype errors.
    assertTrue(r.get("central").recall() < r.get("north").recall() - 0.1, r.toString());
    assertTrue(r.get("zealand").precision() < r.get("north").precision() - 0.1, r.toString());
    for (String other : List.of("north", "central", "zealand")) {
      assertTrue(r.get("south").gtConcordance() < r.get(other).gtConcordance(), r.toString());
    }
  }

  /**
   * The injected counts over both samples follow the profile's rates: each within four standard deviations of its
   * expectation (one truth SV draws one exclusive fate; see {@link SvErrorProfile}).
   */
  @Test
  void injectedErrorsFollowEachUnitsProfile() throws IOException {
    final Cohort c = SvCohorts.cohort();
    final List<double[]> truths = new ArrayList<>();
    for (Cohort.SampleFiles s : c.samples()) {
      truths.addAll(counted(s));
    }
    for (UnitProfile unit : SvCohorts.SV.units()) {
      final SvErrorProfile p = SvErrorProfile.of(unit);
      final Map<String, double[]> expected = new TreeMap<>();
      for (double[] t : truths) {
        final int kind = (int) t[0];
        final boolean tandem = t[1] == 1;
        final boolean small = t[2] < SvErrorProfile.FAR_SHIFT_MAX_SIZE;
        final double miss = kind == 0 ? p.missDel() : kind == 1 ? p.missIns() : p.missOther();
        final double dup = tandem ? p.dupAsDup() : 0;
        final double rest = 1 - miss - p.farShift() - p.sizeBeyond() - dup;
        final double nearFromFar = small ? 0 : p.farShift();
        add(expected, "sv_missed", miss);
        add(expected, "sv_far_shift", small ? p.farShift() : 0);
        add(expected, "sv_size_beyond", p.sizeBeyond());
        add(expected, "sv_dup_as_dup", dup);
        add(expected, "sv_near_shift", nearFromFar + rest * p.nearShift());
        add(expected, "sv_size_within", rest * p.sizeWithin());
        add(expected, "sv_gt_error", (rest + nearFromFar) * p.gtError());
      }
      final Map<String, Long> observed = new TreeMap<>();
      for (Cohort.UnitCalls u : c.units()) {
        if (u.profile() == unit) {
          u.svInjectedBenchmark().forEach((k, v) -> observed.merge(k, v, Long::sum));
        }
      }
      for (Map.Entry<String, double[]> e : expected.entrySet()) {
        final double mean = e.getValue()[0];
        final double sd = Math.sqrt(e.getValue()[1]);
        final long seen = observed.getOrDefault(e.getKey(), 0L);
        assertTrue(Math.abs(seen - mean) <= 4 * sd + 1, unit + " " + e.getKey() + ": " + seen + " injected, "
            + String.format("%.1f", mean) + " expected");
      }
      // False calls: Poisson over the whole genome (a few placements may fail near crowded SVs).
      final double meanFalse = p.falsePerMb() * SvCohorts.SV.genomeLength() / 1e6 * c.samples().size();
      long seenFalse = 0;
      for (Cohort.UnitCalls u : c.units()) {
        seenFalse += u.profile() == unit ? u.svInjected().getOrDefault("sv_false", 0L) : 0;
      }
      assertTrue(Math.abs(seenFalse - meanFalse) <= 4 * Math.sqrt(meanFalse) + 1,
          unit + " sv_false " + seenFalse + " vs " + meanFalse);
    }
  }

  @Test
  void svFilesAreByteIdenticalForTheSameSeedAndSmallVariantFilesDoNotDependOnSvs() throws IOException {
    final SimulationConfig tiny = SimulationConfig.defaults()
        .withContigs(List.of(new ContigSpec("chr1", 300_000), new ContigSpec("chr2", 150_000)));
    final Path a = TestCohorts.fresh("sv-det-a");
    final Path b = TestCohorts.fresh("sv-det-b");
    final Path off = TestCohorts.fresh("sv-off");
    final Path otherSeed = TestCohorts.fresh("sv-seed");
    new CohortSimulator(tiny).generate(a);
    new CohortSimulator(tiny).generate(b);
    new CohortSimulator(tiny.withSvMix(SvMix.none())).generate(off);
    new CohortSimulator(tiny.withSeed(43)).generate(otherSeed);
    final Map<String, byte[]> withSv = files(a);
    final Map<String, byte[]> again = files(b);
    final Map<String, byte[]> without = files(off);
    assertEquals(withSv.keySet(), again.keySet());
    for (String f : withSv.keySet()) {
      assertArrayEquals(withSv.get(f), again.get(f), f + " differs between two runs with the same seed");
    }
    final List<String> svFiles = withSv.keySet().stream().filter(f -> f.contains("_sv")).toList();
    assertEquals(3 + 2 * 5, svFiles.size(), svFiles.toString());
    assertTrue(svFiles.stream().noneMatch(without::containsKey), "no SV files when SVs are off");
    // Every small-variant file is byte for byte what a run without SVs writes.
    for (String f : without.keySet()) {
      if (!f.equals(CohortLayout.COHORT_JSON)) {
        assertArrayEquals(without.get(f), withSv.get(f), f + " changes when SVs are simulated");
      }
    }
    assertTrue(!new String(without.get(CohortLayout.COHORT_JSON), StandardCharsets.UTF_8).contains("\"sv"),
        "cohort.json without SVs mentions none");
    assertTrue(new String(withSv.get(CohortLayout.COHORT_JSON), StandardCharsets.UTF_8)
        .contains("\"svTruth\": \"truth/HG002_sv_truth.vcf.gz\""));
    // The seed matters for SVs too.
    final byte[] seeded = Files.readAllBytes(otherSeed.resolve(CohortLayout.svTruthVcf("HG002")));
    assertTrue(!java.util.Arrays.equals(seeded, withSv.get(CohortLayout.svTruthVcf("HG002"))));
  }

  private static void add(Map<String, double[]> m, String key, double p) {
    final double[] v = m.computeIfAbsent(key, k -> new double[2]);
    v[0] += p;
    v[1] += p * (1 - p);
  }

  private static int countedTruth(Cohort.SampleFiles s) throws IOException {
    return counted(s).size();
  }

  /**
   * Truth SVs Truvari's defaults count: 50..50000 bp, span inside the benchmark BED. Each as {kind (0 DEL, 1 INS,
   * 2 other), tandem (1/0), size}.
   */
  private static List<double[]> counted(Cohort.SampleFiles s) throws IOException {
    final Map<String, List<long[]>> bed = new TreeMap<>();
    for (String line : Files.readAllLines(s.svBenchmarkBed(), StandardCharsets.US_ASCII)) {
      final String[] f = line.split("\t");
      bed.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
    }
    final List<double[]> out = new ArrayList<>();
    try (VCFFileReader r = new VCFFileReader(s.svTruthVcf(), false)) {
      for (VariantContext v : r) {
        final int size = Math.abs(v.getAttributeAsInt("SVLEN", 0));
        final long start = v.getStart() - 1L;
        final long end = v.getAttributeAsInt("END", v.getStart());
        final boolean inside = bed.getOrDefault(v.getContig(), List.of()).stream()
            .anyMatch(iv -> iv[0] <= start && end <= iv[1]);
        if (inside && size >= 50 && size <= 50_000) {
          final String type = v.getAttributeAsString("SVTYPE", "");
          out.add(new double[] {type.equals("DEL") ? 0 : type.equals("INS") ? 1 : 2,
              v.getAttributeAsString("SIMTYPE", "").equals("TANDEM_DUPLICATION") ? 1 : 0, size});
        }
      }
    }
    return out;
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
}
