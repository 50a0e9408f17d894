package dk.harness.simulate;

import dk.harness.io.ScoreField;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;

/**
 * What {@link CohortSimulator#generate} wrote. All paths are absolute-or-as-given under {@link #root()}; the
 * same layout, with relative paths, is described in {@code cohort.json}. Immutable.
 *
 * @param root the output folder
 * @param reference FASTA ({@code reference/demo.fa}, with {@code .fai})
 * @param strataTsv GIAB-style stratification TSV ({@code strata/strata.tsv}: name TAB relative BED path)
 * @param cohortJson the description of everything ({@code cohort.json})
 * @param samples truth files per sample, in config order
 * @param units call sets, in config unit order then sample order
 */
public record Cohort(Path root, Path reference, Path strataTsv, Path cohortJson, List<SampleFiles> samples,
    List<UnitCalls> units) {
  public Cohort {
    samples = List.copyOf(samples);
    units = List.copyOf(units);
  }

  /**
   * Truth files of one sample.
   *
   * @param sample sample name (the VCF sample column)
   * @param truthVcf bgzipped truth VCF with {@code .tbi} ({@code truth/<sample>_truth.vcf.gz})
   * @param confidentBed confident regions ({@code truth/<sample>_confident.bed})
   * @param svTruthVcf bgzipped SV truth VCF with {@code .tbi} ({@code truth/<sample>_sv_truth.vcf.gz}); null when
   *     SVs are off
   * @param svBenchmarkBed SV benchmark regions ({@code truth/<sample>_sv_benchmark.bed}); null when SVs are off
   */
  public record SampleFiles(String sample, Path truthVcf, Path confidentBed, Path svTruthVcf, Path svBenchmarkBed) {
  }

  /**
   * One unit's calls for one sample.
   *
   * @param profile the unit
   * @param sample sample name (the VCF sample column)
   * @param queryVcf bgzipped query VCF with {@code .tbi} ({@code units/<unit>/<sample>.vcf.gz})
   * @param rocScore the field carrying the call confidence (for {@code compare --roc})
   * @param injected number of injected differences by kind (e.g. {@code fn_snv}, {@code gt_error},
   *     {@code fp_snv}, {@code shifted_indel}), over the whole genome; sorted by kind
   * @param injectedConfident the same, counting only events inside the sample's confident regions
   * @param svVcf bgzipped SV call VCF with {@code .tbi} ({@code units/<unit>/<sample>_sv.vcf.gz}); null when SVs
   *     are off
   * @param svInjected injected SV differences by kind ({@code sv_missed}, {@code sv_far_shift}, ...), over the
   *     whole genome; empty when SVs are off
   * @param svInjectedBenchmark the same, counting only truth SVs that Truvari's defaults count (50..50000 bp,
   *     inside the SV benchmark BED) and false calls inside the BED
   */
  public record UnitCalls(UnitProfile profile, String sample, Path queryVcf, ScoreField rocScore,
      SortedMap<String, Long> injected, SortedMap<String, Long> injectedConfident, Path svVcf,
      SortedMap<String, Long> svInjected, SortedMap<String, Long> svInjectedBenchmark) {
    /** The unit name, e.g. {@code north}. */
    public String unit() {
      return profile.unitName();
    }
  }

  /** The truth files of {@code sample}. */
  public SampleFiles sample(String sample) {
    for (SampleFiles s : samples) {
      if (s.sample().equals(sample)) {
        return s;
      }
    }
    throw new NoSuchElementException("no sample '" + sample + "' in the cohort");
  }

  /** The calls of unit {@code unit} (e.g. {@code north}) for {@code sample}. */
  public UnitCalls calls(String unit, String sample) {
    for (UnitCalls u : units) {
      if (u.unit().equals(unit) && u.sample().equals(sample)) {
        return u;
      }
    }
    throw new NoSuchElementException("no calls of unit '" + unit + "' for sample '" + sample + "' in the cohort");
  }
}
