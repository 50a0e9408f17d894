package dk.harness.simulate;

import java.util.List;

/**
 * A VCF-style allele set: POS, REF and ALTs.
 *
 * @param pos 0-based contig coordinate of REF's first base (VCF POS - 1)
 * @param ref REF bases (upper case, never empty)
 * @param alts ALT bases (upper case, never empty), at least one
 */
record Allelic(int pos, String ref, List<String> alts) {
  Allelic {
    alts = List.copyOf(alts);
  }

  Allelic(int pos, String ref, String alt) {
    this(pos, ref, List.of(alt));
  }

  /** 0-based end of REF (exclusive). */
  int end() {
    return pos + ref.length();
  }
}
