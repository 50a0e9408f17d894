package dk.harness.simulate;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generation block of a contig: its bases and the repeats inserted into it. Blocks tile a contig; every
 * variant and repeat of a block lies inside it (away from its edges), so blocks can be generated independently.
 *
 * @param contig contig name
 * @param index block number within the contig (0-based)
 * @param offset 0-based contig coordinate of the block's first base
 * @param bases upper-case A/C/G/T; owned by this block, not to be modified after generation
 * @param elements inserted repeats in contig coordinates, sorted by start
 */
record ReferenceBlock(String contig, int index, int offset, byte[] bases, List<RepeatElement> elements) {
  ReferenceBlock {
    elements = List.copyOf(elements);
  }

  /** 0-based contig coordinate just past the block. */
  int end() {
    return offset + bases.length;
  }

  int length() {
    return bases.length;
  }

  /** The base at contig coordinate {@code pos}. */
  byte base(int pos) {
    return bases[pos - offset];
  }

  /** The bases of contig interval [from, to) as a string. */
  String text(int from, int to) {
    return new String(bases, from - offset, to - from, StandardCharsets.US_ASCII);
  }
}
