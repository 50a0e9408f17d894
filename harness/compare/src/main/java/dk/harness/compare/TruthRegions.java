package dk.harness.compare;

import dk.harness.core.RegionSet;
import dk.harness.io.FastaReference;
import dk.harness.io.ReferenceContigs;
import dk.harness.report.ReportContext;
import dk.harness.report.Stratum;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reports need of a truth set besides its records: the reference's contig lengths, the confident regions
 * and the strata. Read exactly as {@link TruthSetData#load} reads them (same checks, same order, same errors), for
 * {@code harness merge}, which replays records it does not read. Immutable and thread-safe.
 *
 * @param contigLengths reference contigs in .fai order with their lengths
 * @param confident the confident regions, or null without a BED
 * @param strata the strata in TSV order; empty without a TSV
 */
public record TruthRegions(Map<String, Long> contigLengths, RegionSet confident, List<Stratum> strata) {
  public TruthRegions {
    contigLengths = Collections.unmodifiableMap(new LinkedHashMap<>(contigLengths));
    strata = List.copyOf(strata);
  }

  /**
   * Reads the reference index, the confident BED and the strata of a truth set (not its VCF).
   *
   * @throws dk.harness.io.InputException on bad input
   */
  public static TruthRegions load(TruthSetData.Files files) {
    Inputs.requireFile(files.vcf(), "the truth VCF");
    Inputs.requireFile(files.reference(), "the reference FASTA");
    Inputs.requireFile(files.confident(), "the confident-regions BED");
    Inputs.requireFile(files.stratification(), "the stratification TSV");
    final LinkedHashMap<String, Integer> lengths;
    try (FastaReference fasta = FastaReference.open(files.reference())) {
      lengths = fasta.contigLengths();
    }
    // The warnings were shown by the comparisons that read these files first.
    final ReferenceContigs reference = new ReferenceContigs(files.reference(), lengths.keySet());
    final RegionSet confident = InputContigs.bed(files.confident(), TruthSetData.CONFIDENT, reference, w -> {
    });
    final List<Stratum> strata = Inputs.loadStrata(files.stratification(), reference,
        Runtime.getRuntime().availableProcessors(), w -> {
        });
    final Map<String, Long> out = new LinkedHashMap<>();
    lengths.forEach((k, v) -> out.put(k, v.longValue()));
    return new TruthRegions(out, confident, strata);
  }

  /** The report context of a comparison against this truth set, as {@link Comparison} builds it. */
  public ReportContext context(dk.harness.io.ScoreField roc) {
    return new ReportContext(contigLengths, confident, strata, roc.name());
  }
}
