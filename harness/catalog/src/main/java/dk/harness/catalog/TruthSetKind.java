package dk.harness.catalog;

/** What a catalogue entry holds. The YAML spelling is {@link #label()}. */
public enum TruthSetKind {
  /** A small-variant benchmark: a truth VCF (+ index) and the benchmark-regions BED. */
  SMALL_VARIANT("small-variant"),
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
