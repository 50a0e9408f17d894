package dk.harness.simulate;

/**
 * The fixed file layout of a cohort folder; all paths relative to it, with '/' separators (as in
 * {@code cohort.json}).
 */
public final class CohortLayout {
  /** Reference FASTA; its index is this plus {@code .fai}. */
  public static final String REFERENCE = "reference/demo.fa";
  /** Stratification TSV. */
  public static final String STRATA_TSV = "strata/strata.tsv";
  /** The cohort description. */
  public static final String COHORT_JSON = "cohort.json";

  private CohortLayout() {
  }

  /** {@code truth/<sample>_truth.vcf.gz}. */
  public static String truthVcf(String sample) {
    return "truth/" + sample + "_truth.vcf.gz";
  }

  /** {@code truth/<sample>_confident.bed}. */
  public static String confidentBed(String sample) {
    return "truth/" + sample + "_confident.bed";
  }

  /** {@code strata/<name>.bed}. */
  public static String stratumBed(String name) {
    return "strata/" + name + ".bed";
  }

  /** {@code units/<unit>/<sample>.vcf.gz}. */
  public static String queryVcf(String unit, String sample) {
    return "units/" + unit + "/" + sample + ".vcf.gz";
  }

  /** {@code truth/<sample>_sv_truth.vcf.gz}: the SV truth set. */
  public static String svTruthVcf(String sample) {
    return "truth/" + sample + "_sv_truth.vcf.gz";
  }

  /** {@code truth/<sample>_sv_benchmark.bed}: the SV benchmark regions (Truvari's --includebed). */
  public static String svBenchmarkBed(String sample) {
    return "truth/" + sample + "_sv_benchmark.bed";
  }

  /** {@code units/<unit>/<sample>_sv.vcf.gz}: a unit's SV calls. */
  public static String svQueryVcf(String unit, String sample) {
    return "units/" + unit + "/" + sample + "_sv.vcf.gz";
  }
}
