package dk.harness.simulate;

import dk.harness.io.ScoreField;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The five simulated sequencing units and their error profiles. Names match the example pipeline specs
 * ({@code pipelines-spec/examples/unit-<name>.yaml}).
 */
public enum UnitProfile {
  /** Good overall: small FN and FP rates, scores well separated. */
  NORTH("north", ScoreField.QUAL,
      "good overall: few missed calls and few false positives",
      "long-read-like: few missed SVs, precise breakpoints, sequence-resolved calls"),
  /** Misses long indels (> 15 bp) and gets homopolymer lengths wrong. */
  CENTRAL("central", ScoreField.QUAL,
      "misses most indels longer than 15 bp; homopolymer indel length errors (off by one)",
      "short-read-like: misses many insertions, symbolic calls from 300 bp with imprecise breakpoints, tandem "
          + "duplications called <DUP>"),
  /** Genotype errors (het/hom swaps) and low-quality calls flagged FILTER=LowQual. */
  SOUTH("south", ScoreField.QUAL,
      "genotype errors (het<->hom); low-quality calls, mostly errors, flagged FILTER=LowQual",
      "low coverage: many SV genotype errors (0/1<->1/1) and size misestimates"),
  /** Only representation differences: shifted indels, split MNPs, decomposed complex alleles. */
  CAPITAL("capital", ScoreField.QUAL,
      "representation differences only (right-shifted indels, MNPs split into SNPs, complex alleles decomposed); "
          + "near-perfect with haplotype-aware matching",
      "representation differences only: breakpoints shifted within refdist, sizes within pctsize, symbolic calls "
          + "from 1 kb; perfect with Truvari's defaults"),
  /** Many false positives in low-complexity sequence; scores in GQ and filtering in per-sample FT. */
  ZEALAND("zealand", ScoreField.GQ,
      "many false-positive SNVs in low-complexity sequence (homopolymers, tandem repeats, GC-rich); "
          + "QUAL is '.', scores are in FORMAT/GQ and filtering in FORMAT/FT",
      "many false SVs and breakpoints beyond refdist; size misestimates beyond pctsize");

  private final String unitName;
  private final ScoreField rocScore;
  private final String description;
  private final String svDescription;

  UnitProfile(String unitName, ScoreField rocScore, String description, String svDescription) {
    this.unitName = unitName;
    this.rocScore = rocScore;
    this.description = description;
    this.svDescription = svDescription;
  }

  /** The unit's lower-case name, used in paths ({@code units/<name>/}) and reports. */
  public String unitName() {
    return unitName;
  }

  /** The score field that carries this unit's call confidence (pass it as {@code compare --roc}). */
  public ScoreField rocScore() {
    return rocScore;
  }

  /** One-line description of the error profile. */
  public String description() {
    return description;
  }

  /** One-line description of the SV error profile. */
  public String svDescription() {
    return svDescription;
  }

  /**
   * The profile with this unit name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the known units if there is none
   */
  public static UnitProfile byName(String name) {
    for (UnitProfile p : values()) {
      if (p.unitName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown unit '" + name + "' (known: "
        + Arrays.stream(values()).map(UnitProfile::unitName).collect(Collectors.joining(", ")) + ")");
  }
}
