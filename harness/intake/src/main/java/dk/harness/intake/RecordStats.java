package dk.harness.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counters filled by {@link RecordScan}. Mutable; not thread-safe. */
final class RecordStats {
  long records;
  long passRecords;
  /** Records whose FORMAT has no GT (skipped by the comparison, as by vcfeval), and the first of them. */
  long withoutGt;
  long firstWithoutGtLine = -1;
  String firstWithoutGt;
  long filtered;
  /** FILTER value (or "FT:value") -> records, for the filtered share message. */
  final Map<String, Long> filterValues = new TreeMap<>();
  long multiallelic;
  /** Records with a symbolic ALT other than the gVCF ones. */
  long symbolic;
  final Map<String, Long> symbolicAlleles = new TreeMap<>();
  long firstSymbolicLine = -1;
  /** Records with {@code <NON_REF>} / {@code <*>} ALTs or reference blocks (END= with no real ALT). */
  long gvcfRecords;
  long firstGvcfLine = -1;
  String gvcfEvidence;
  /** Genotypes of the chosen sample. */
  long genotyped;
  long hets;
  long unphasedHet;
  long noCallOrHomRef;
  long refChecked;
  long refMismatches;
  /**
   * Records the comparison will not assess, by {@code NotAssessedKind} key -> {inside the truth's confident
   * regions, outside them, regions not known}.
   */
  final Map<String, long[]> notAssessed = new TreeMap<>();
  long firstNotAssessedLine = -1;
  long firstNotAssessedInsideLine = -1;
  /** Records repeating an earlier record's CHROM, POS, REF and ALT: {inside, outside, unknown}. */
  final long[] duplicates = new long[3];
  long firstDuplicateLine = -1;
  /** Records with N in REF: {inside, outside, unknown}. */
  final long[] refN = new long[3];
  long firstRefNLine = -1;
  /** Contig -> records, in order of first appearance. */
  final Map<String, Long> contigRecords = new LinkedHashMap<>();

  void countFilter(String value) {
    filterValues.merge(value, 1L, Long::sum);
  }
}
