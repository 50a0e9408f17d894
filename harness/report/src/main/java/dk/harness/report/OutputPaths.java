package dk.harness.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where each output of {@code harness compare} goes. The CLI may fill it with temporary paths and rename them
 * afterwards; the sinks write exactly to the paths given. Immutable.
 *
 * @param summaryCsv {@code P.summary.csv}
 * @param extendedCsv {@code P.extended.csv}
 * @param vcf {@code P.vcf.gz} (bgzip)
 * @param vcfIndex {@code P.vcf.gz.tbi}
 * @param rocAll {@code P.roc.all.csv.gz}
 * @param rocSnp {@code P.roc.Locations.SNP.csv.gz}
 * @param rocSnpPass {@code P.roc.Locations.SNP.PASS.csv.gz}
 * @param rocIndel {@code P.roc.Locations.INDEL.csv.gz}
 * @param rocIndelPass {@code P.roc.Locations.INDEL.PASS.csv.gz}
 * @param metricsJson {@code P.metrics.json}
 */
public record OutputPaths(Path summaryCsv, Path extendedCsv, Path vcf, Path vcfIndex, Path rocAll, Path rocSnp,
    Path rocSnpPass, Path rocIndel, Path rocIndelPass, Path metricsJson) {

  public OutputPaths {
    for (Path p : new Path[] {summaryCsv, extendedCsv, vcf, vcfIndex, rocAll, rocSnp, rocSnpPass, rocIndel,
        rocIndelPass, metricsJson}) {
      Objects.requireNonNull(p, "output path");
    }
  }

  /** hap.py's file names for an output prefix, e.g. {@code out/run1} -> {@code out/run1.summary.csv}. */
  public static OutputPaths forPrefix(String prefix) {
    return new OutputPaths(Path.of(prefix + ".summary.csv"), Path.of(prefix + ".extended.csv"),
        Path.of(prefix + ".vcf.gz"), Path.of(prefix + ".vcf.gz.tbi"), Path.of(prefix + ".roc.all.csv.gz"),
        Path.of(prefix + ".roc.Locations.SNP.csv.gz"), Path.of(prefix + ".roc.Locations.SNP.PASS.csv.gz"),
        Path.of(prefix + ".roc.Locations.INDEL.csv.gz"), Path.of(prefix + ".roc.Locations.INDEL.PASS.csv.gz"),
        Path.of(prefix + ".metrics.json"));
  }

  /** Every path, in the order of the components. */
  public List<Path> all() {
    return List.of(summaryCsv, extendedCsv, vcf, vcfIndex, rocAll, rocSnp, rocSnpPass, rocIndel, rocIndelPass,
        metricsJson);
  }
}
