package dk.harness.catalog;

/** The role of one file of a truth set. The YAML spelling is {@link #label()}. */
public enum FileRole {
  /** Benchmark (truth) VCF, bgzipped. */
  VCF("vcf"),
  /** Tabix index of the VCF. */
  VCF_INDEX("vcf_index"),
  /** Benchmark regions BED (the confident regions; {@code --confident} of {@code harness compare}). */
  BED("bed"),
  /** Stratifications TSV: name and relative BED path per line. */
  TSV("tsv"),
  /**
   * A published md5 list ({@code md5sum} format: {@code <md5> <path>} per line) covering files the catalogue does
   * not list one by one, e.g. the BEDs of a stratification set. Entries are matched by path suffix.
   */
  MD5_LIST("md5_list"),
  /** One stratification BED listed by the TSV (not written in the catalogue; derived at fetch time). */
  STRATIFICATION_BED("stratification_bed"),
  /** A README or other documentation file kept with the set. */
  README("readme");

  private final String label;

  FileRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** @return the role for {@code s}, or null */
  public static FileRole fromLabel(String s) {
    for (FileRole r : values()) {
      if (r.label.equals(s)) {
        return r;
      }
    }
    return null;
  }
}
