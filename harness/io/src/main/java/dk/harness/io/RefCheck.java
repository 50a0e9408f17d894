package dk.harness.io;

import dk.harness.core.ReferenceSequence;
import java.nio.file.Path;
import java.util.List;

/**
 * Verifies VCF REF alleles against the reference, one contig at a time. Stateless and thread-safe.
 *
 * <p>Bases are compared case-insensitively; an ambiguity code (N or any IUPAC code other than A/C/G/T) on either
 * side matches anything, so N-masked references and IUPAC REFs do not fail the check.
 */
public final class RefCheck {
  private static final String BUILD_FIX = "the VCF was called on a different reference build; use the matching FASTA";

  private RefCheck() {
  }

  /**
   * Checks every record's REF against {@code ref}.
   *
   * @param vcf the VCF the records came from, for messages
   * @param records records of one contig
   * @param ref that contig's sequence
   * @param fasta the reference file, for messages
   * @throws InputException at the first mismatching record, or a record that runs past the contig end
   */
  public static void check(Path vcf, List<LoadedRecord> records, ReferenceSequence ref, Path fasta) {
    final int length = ref.length();
    for (LoadedRecord r : records) {
      final String refAllele = r.ref();
      final int start = r.pos() - 1;
      final int end = start + refAllele.length();
      if (end > length) {
        throw new InputException(vcf, r.line(), "REF '" + abbreviate(refAllele) + "' at " + r.contig()
            + ":" + r.pos() + " runs past the end of the contig in the reference '" + fasta + "' (length " + length
            + ")", BUILD_FIX);
      }
      final byte[] actual = ref.bases(start, end);
      for (int i = 0; i < actual.length; i++) {
        if (!matches(refAllele.charAt(i), actual[i])) {
          throw new InputException(vcf, r.line(), "REF '" + abbreviate(refAllele) + "' at " + r.contig()
              + ":" + r.pos() + " does not match the reference '" + fasta + "' ('"
              + abbreviate(new String(actual, java.nio.charset.StandardCharsets.US_ASCII)) + "')", BUILD_FIX);
        }
      }
    }
  }

  /** Whether a VCF REF base agrees with a reference base. */
  static boolean matches(char vcfBase, byte refBase) {
    final int a = Character.toUpperCase(vcfBase);
    final int b = Character.toUpperCase((char) refBase);
    return a == b || !isAcgt(a) || !isAcgt(b);
  }

  private static boolean isAcgt(int c) {
    return c == 'A' || c == 'C' || c == 'G' || c == 'T';
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
