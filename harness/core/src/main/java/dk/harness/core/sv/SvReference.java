package dk.harness.core.sv;

/**
 * Reference bases for turning symbolic SVs ({@code <DEL>}, {@code <INV>}, {@code <DUP>} with DUP-as-INS) into
 * sequence, as Truvari does when given {@code --reference}. Implementations must be safe to call from one thread
 * at a time.
 */
public interface SvReference {
  /** Length of the contig, or -1 when the reference does not have it. */
  long length(String contig);

  /** Bases [start, end) (0-based half-open), clipped to the contig's end. */
  String bases(String contig, long start, long end);
}
