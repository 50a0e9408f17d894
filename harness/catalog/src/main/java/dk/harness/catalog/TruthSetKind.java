package dk.harness.catalog;

/**
 * What a catalogue entry holds. The YAML spelling is {@link #label()}.
 *
 * <p>An entry has exactly one kind. A release with both small-variant and SV benchmarks (GIAB HG002 v5.0q, from the
 * T2T HG002 Q100 assembly; CMRG v1.00) is catalogued as separate entries, one per kind, with the same
 * {@code release}: each entry then has one VCF, one index and one benchmark BED, as the file roles require, and a
 * plan names the entry of the kind it benchmarks.
 */
public enum TruthSetKind {
  /** A small-variant benchmark: a truth VCF (+ index) and the benchmark-regions BED. */
  SMALL_VARIANT("small-variant"),
  /**
   * A structural-variant (SV, usually ≥50 bp) benchmark: a truth VCF (+ index) and its benchmark-regions BED, the
   * files {@code harness compare-sv} takes as base and {@code --includebed}.
   */
  STRUCTURAL_VARIANT("structural-variant"),
  /** Genome stratifications: a TSV of (name, relative BED path) whose BEDs are fetched alongside it. */
  STRATIFICATION("stratification");

  private final String label;

  TruthSetKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** @return the kind for {@code s}, or null */
  public static TruthSetKind fromLabel(String s) {
    for (TruthSetKind k : values()) {
      if (k.label.equals(s)) {
        return k;
      }
    }
    return null;
  }
}
