package dk.harness.council;

import java.util.Locale;

/**
 * One false negative (a truth SV of {@code fn.vcf.gz}) or false positive (a query SV of {@code fp.vcf.gz}), typed and
 * sized as the SV engine does it. Text fields come from the submission or the truth set (untrusted). Immutable.
 *
 * @param contig contig
 * @param pos POS, 1-based as in the file
 * @param end last reference base the call spans, 1-based (POS for an insertion or breakend)
 * @param type SV type (DEL, INS, DUP, INV, BND, ...)
 * @param size SV length in bases (Truvari's size: |SVLEN|, else the span or the allele length change); 0 for
 *     breakends
 * @param id the record's ID
 * @param gt the sample's genotype, or "."
 * @param closest Truvari's note on the closest candidate (size similarity, reciprocal overlap, distances), or
 *     null when there was none
 */
public record SvMiss(String contig, long pos, long end, String type, long size, String id, String gt,
    String closest) {
  /** Context around a miss in its IGV locus: this many bases, or a tenth of its span when larger. */
  static final int IGV_PAD = ErrorGroup.IGV_PAD;

  /** {@code chr21:1000-2000}: POS to the last spanned base, 1-based inclusive (as the small-variant drill-down). */
  public String locus() {
    return String.format(Locale.ROOT, "%s:%d-%d", contig, pos, Math.max(pos, end));
  }

  /** What to paste into IGV's locus box: the span with {@value #IGV_PAD} bases (or a tenth of the span) around. */
  public String igvLocus() {
    final long last = Math.max(pos, end);
    final long pad = Math.max(IGV_PAD, (last - pos + 1) / 10);
    return String.format(Locale.ROOT, "%s:%d-%d", contig, Math.max(1, pos - pad), last + pad);
  }
}
