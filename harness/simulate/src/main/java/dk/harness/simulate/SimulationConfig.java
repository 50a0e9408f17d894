package dk.harness.simulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that determines a simulated cohort. Two runs with equal configs write byte-identical files.
 *
 * @param seed master seed; every random stream is derived from it and a label, so e.g. adding a unit does not
 *     change the reference or the truth
 * @param contigs contigs in output order, distinct names, at least one
 * @param samples sample names (e.g. {@code HG002}), distinct, at least one; each gets its own truth set,
 *     confident BED and one call set per unit
 * @param units the units to simulate, distinct, at least one
 * @param mix truth-set composition
 * @param svMix structural-variant truth composition; {@link SvMix#none()} switches SVs off
 */
public record SimulationConfig(long seed, List<ContigSpec> contigs, List<String> samples, List<UnitProfile> units,
    TruthMix mix, SvMix svMix) {
  /** Seed of the demo cohort. */
  public static final long DEFAULT_SEED = 42L;
  /** Contig count of the demo cohort. */
  public static final int DEFAULT_CONTIG_COUNT = 2;
  /** Contig length of the demo cohort. */
  public static final int DEFAULT_CONTIG_LENGTH = 2_000_000;
  /** Sample of the demo cohort. */
  public static final String DEFAULT_SAMPLE = "HG002";

  public SimulationConfig {
    contigs = List.copyOf(contigs);
    samples = List.copyOf(samples);
    units = List.copyOf(units);
    if (contigs.isEmpty() || samples.isEmpty() || units.isEmpty()) {
      throw new IllegalArgumentException("need at least one contig, one sample and one unit");
    }
    final Set<String> names = new HashSet<>();
    for (ContigSpec c : contigs) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("duplicate contig name '" + c.name() + "'");
      }
    }
    final Set<String> sampleNames = new HashSet<>();
    for (String s : samples) {
      if (s == null || !s.matches("[A-Za-z0-9_.\\-]+") || !sampleNames.add(s)) {
        throw new IllegalArgumentException("sample names must be distinct letters, digits, '_', '.', '-' (got '"
            + s + "')");
      }
    }
    if (new HashSet<>(units).size() != units.size()) {
      throw new IllegalArgumentException("duplicate unit in " + units);
    }
    if (mix == null || svMix == null) {
      throw new IllegalArgumentException("mix and svMix must not be null");
    }
  }

  /** With the default SV composition ({@link SvMix#giabLike()}). */
  public SimulationConfig(long seed, List<ContigSpec> contigs, List<String> samples, List<UnitProfile> units,
      TruthMix mix) {
    this(seed, contigs, samples, units, mix, SvMix.giabLike());
  }

  /** The demo cohort: seed 42, chr1 and chr2 of 2 Mb, sample HG002, all five units, GIAB-like mixes. */
  public static SimulationConfig defaults() {
    return new SimulationConfig(DEFAULT_SEED, contigs(DEFAULT_CONTIG_COUNT, DEFAULT_CONTIG_LENGTH),
        List.of(DEFAULT_SAMPLE), List.of(UnitProfile.values()), TruthMix.giabLike());
  }

  /** {@code count} contigs named {@code chr1..chrN}, each {@code length} bases. */
  public static List<ContigSpec> contigs(int count, int length) {
    if (count < 1) {
      throw new IllegalArgumentException("contig count must be at least 1 (got " + count + ")");
    }
    final List<ContigSpec> out = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      out.add(new ContigSpec("chr" + i, length));
    }
    return out;
  }

  public SimulationConfig withSeed(long newSeed) {
    return new SimulationConfig(newSeed, contigs, samples, units, mix, svMix);
  }

  public SimulationConfig withContigs(List<ContigSpec> newContigs) {
    return new SimulationConfig(seed, newContigs, samples, units, mix, svMix);
  }

  public SimulationConfig withSamples(List<String> newSamples) {
    return new SimulationConfig(seed, contigs, newSamples, units, mix, svMix);
  }

  public SimulationConfig withUnits(List<UnitProfile> newUnits) {
    return new SimulationConfig(seed, contigs, samples, newUnits, mix, svMix);
  }

  public SimulationConfig withMix(TruthMix newMix) {
    return new SimulationConfig(seed, contigs, samples, units, newMix, svMix);
  }

  public SimulationConfig withSvMix(SvMix newSvMix) {
    return new SimulationConfig(seed, contigs, samples, units, mix, newSvMix);
  }

  /** Total simulated bases over all contigs. */
  public long genomeLength() {
    long total = 0;
    for (ContigSpec c : contigs) {
      total += c.length();
    }
    return total;
  }
}
