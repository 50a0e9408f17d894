package dk.harness.io;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/** Detects contig naming mismatches between truth, query and reference before any comparison. Stateless. */
public final class ContigNaming {
  private ContigNaming() {
  }

  /**
   * Checks the contigs that have records in truth and query against each other and the reference.
   *
   * @throws InputException on chr-prefix mismatches (with the rename command), contigs missing from the
   *     reference, or no shared contig at all
   */
  public static void check(Path truth, Collection<String> truthContigs, Path query, Collection<String> queryContigs,
      Path fasta, Set<String> referenceContigs) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
