package dk.harness.io;

import dk.harness.core.ReferenceSequence;
import java.nio.file.Path;
import java.util.LinkedHashMap;

/**
 * An indexed reference FASTA (plain with .fai, or bgzipped with .fai and .gzi). Not thread-safe itself; the
 * {@link ReferenceSequence} objects it returns are immutable and thread-safe.
 */
public final class FastaReference implements AutoCloseable {
  private FastaReference() {
  }

  /**
   * @throws InputException if the index is missing, the file is gzip but not bgzip, etc.
   */
  public static FastaReference open(Path fasta) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public Path path() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Contig name to length, in .fai order. A fresh copy. */
  public LinkedHashMap<String, Integer> contigLengths() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * The whole contig loaded into memory (upper-cased). The last contig is cached.
   *
   * @throws InputException if the contig is not in the reference
   */
  public ReferenceSequence contig(String name) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void close() {
  }
}
