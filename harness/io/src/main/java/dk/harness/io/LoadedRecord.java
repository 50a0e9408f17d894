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
 */
public record LoadedRecord(String contig, int pos, String ref, List<String> alts, String filter, double qual,
    String gt, String ft, double gq, long line, Variant variant) {
  public LoadedRecord {
    alts = List.copyOf(alts);
  }
}
