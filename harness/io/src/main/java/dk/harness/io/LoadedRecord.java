package dk.harness.io;

import dk.harness.core.Variant;
import java.util.List;

/**
 * One VCF record as read for a comparison: the core's {@link Variant} plus the original text fields that
 * reports and the GA4GH output VCF need. Immutable.
 *
 * @param contig CHROM
 * @param pos VCF POS (1-based)
 * @param ref REF as written (upper-cased)
 * @param alts ALT alleles as written (upper-cased; symbolic and {@code *} kept verbatim)
 * @param filter FILTER as written ({@code PASS}, {@code .} or a semicolon list)
 * @param qual QUAL, {@code NaN} if {@code .}
 * @param gt the selected sample's GT as written (e.g. {@code 0|1}, {@code ./1})
 * @param ft the sample's FT value, or {@code null} if absent
 * @param gq the sample's GQ, {@code NaN} if absent
 * @param line 1-based line number in the (decompressed) file, for messages; -1 if unknown
 * @param variant the core view; its id is this record's ordinal among the contig's records of this file
 * @param spanEnd 1-based inclusive end of the stretch of reference the record describes: INFO {@code END} when the
 *     record has one beyond REF (a symbolic {@code <DEL>}, a gVCF block), else {@code pos + REF.length - 1}. Only
 *     the accounting of records that cannot be assessed reads it (for the confident-region test and overlaps); the
 *     comparison uses the REF span of {@link #variant()}.
 */
public record LoadedRecord(String contig, int pos, String ref, List<String> alts, String filter, double qual,
    String gt, String ft, double gq, long line, Variant variant, int spanEnd) {
  public LoadedRecord {
    alts = List.copyOf(alts);
    spanEnd = Math.max(spanEnd, pos + ref.length() - 1);
  }

  /** A record whose span is its REF (no INFO {@code END} beyond it). */
  public LoadedRecord(String contig, int pos, String ref, List<String> alts, String filter, double qual,
      String gt, String ft, double gq, long line, Variant variant) {
    this(contig, pos, ref, alts, filter, qual, gt, ft, gq, line, variant, pos + ref.length() - 1);
  }

  /** This record with another variant id (when a side is re-indexed), everything else kept. */
  public LoadedRecord withId(int id) {
    return new LoadedRecord(contig, pos, ref, alts, filter, qual, gt, ft, gq, line, variant.withId(id), spanEnd);
  }
}
