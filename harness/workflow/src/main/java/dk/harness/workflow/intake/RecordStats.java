package dk.harness.workflow.intake;

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
  /** Contig -> records, in order of first appearance. */
  final Map<String, Long> contigRecords = new LinkedHashMap<>();

  void countFilter(String value) {
    filterValues.merge(value, 1L, Long::sum);
  }
}
