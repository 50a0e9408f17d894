package dk.harness.core.sv;

import java.util.List;

/**
 * One VCF record as the SV engine needs it, uninterpreted: what the file says, before typing and sizing
 * ({@link SvVariant} does that). Immutable.
 *
 * @param index 0-based position of the record among the file's records (stable identity, output order)
 * @param line 1-based line of the record in the (decompressed) file, for messages
 * @param contig CHROM
 * @param pos POS, 1-based as in the file (the 0-based start is {@code pos - 1})
 * @param id ID ('.' when missing)
 * @param ref REF
 * @param alts ALT alleles; empty when ALT is '.'
 * @param filters FILTER values; empty when FILTER is '.'
 * @param svtype INFO/SVTYPE: null when the key is absent, "" when its value is missing ('.')
 * @param svlen first value of INFO/SVLEN: null when absent, "" when missing ('.')
 * @param infoEnd INFO/END when present and an integer, else null
 * @param ciposHigh |second value of INFO/CIPOS|, 0 when absent (Truvari widens breakend positions by it)
 * @param ciendHigh |second value of INFO/CIEND|, 0 when absent
 * @param genotype the chosen sample's GT, or null when the file has no samples or no GT field
 * @param text the record line as read (used as Truvari's identity key in {@code --pick ac} and for output); null
 *     only for a record that does not pass FILTER read for a {@code passonly} comparison, which never compares or
 *     writes it
 */
public record SvRecord(int index, long line, String contig, int pos, String id, String ref, List<String> alts,
    List<String> filters, String svtype, String svlen, Integer infoEnd, int ciposHigh, int ciendHigh,
    Genotype genotype, String text) {

  public SvRecord {
    alts = List.copyOf(alts);
    filters = List.copyOf(filters);
  }

  /** 0-based start: POS - 1. */
  public int start() {
    return pos - 1;
  }

  /**
   * 0-based exclusive end, htslib's rule (what Truvari sees): INFO/END when it lies after the start, else
   * start + len(REF). For a symbolic {@code <DEL>} with POS=100, END=200 this is 200, so its span is 101 bases.
   */
  public int end() {
    final int start = start();
    if (infoEnd != null && infoEnd > start) {
      return infoEnd;
    }
    return start + ref.length();
  }

  /** The first ALT, or null when there is none. */
  public String alt() {
    return alts.isEmpty() ? null : alts.get(0);
  }

  /** Truvari's {@code is_filtered() == False}: FILTER is '.', or lists PASS. */
  public boolean passes() {
    return filters.isEmpty() || filters.contains("PASS");
  }
}
