package dk.harness.io;

import dk.harness.core.ReferenceSequence;
import java.nio.file.Path;
import java.util.List;

/** Verifies VCF REF alleles against the reference. Stateless. */
public final class RefCheck {
  private RefCheck() {
  }

  /**
   * Checks every record's REF against {@code ref}; N and IUPAC ambiguity codes on either side match anything.
   *
   * @throws InputException at the first mismatching record, or a record past the contig end
   */
  public static void check(Path vcf, List<LoadedRecord> records, ReferenceSequence ref, Path fasta) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
