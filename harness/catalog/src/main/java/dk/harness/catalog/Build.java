package dk.harness.catalog;

/** Reference genome builds the catalogue and pipeline specs know. The YAML/JSON spelling is {@link #label()}. */
public enum Build {
  /** GRCh37 (hs37d5 / GRCh37 primary assembly naming as GIAB publishes it). */
  GRCH37("GRCh37"),
  /** GRCh38 (GIAB uses the no-alt analysis set with chr-prefixed names). */
  GRCH38("GRCh38"),
  /** T2T-CHM13 v2.0. */
  CHM13("CHM13");

  private final String label;

  Build(String label) {
    this.label = label;
  }

  /** The spelling used in files: {@code GRCh37}, {@code GRCh38}, {@code CHM13}. */
  public String label() {
    return label;
  }

  /**
   * Parses a label exactly as written by {@link #label()} (case-sensitive on purpose: "hg38" or "grch38" are
   * refused so a spec cannot silently name another assembly).
   *
   * @return the build, or null if {@code s} is not a known label
   */
  public static Build fromLabel(String s) {
    for (Build b : values()) {
      if (b.label.equals(s)) {
        return b;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return label;
  }
}
