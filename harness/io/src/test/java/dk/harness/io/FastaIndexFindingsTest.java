package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Inputs the .fai fuzz test ({@link FastaIndexFuzzTest}) found, kept as plain tests: each damaged index is refused
 * at open with one line naming the .fai, instead of reaching htsjdk's reader. The FASTA is the fuzz test's.
 */
class FastaIndexFindingsTest {
  /** Found by fuzzing: htsjdk allocated the stated 2^31-1 bases at once (OutOfMemoryError). */
  @Test
  void anIndexEntryLongerThanTheFastaIsRefusedBeforeAnythingIsAllocated() throws Exception {
    final Path fasta = fastaWithIndex("huge", "chr1\t2147483647\t12\t10\t11\n");
    expectInputError(fasta.resolveSibling("ref.fa.fai"), 1, () -> open(fasta), "contig 'chr1'",
        "has length 2147483647, but the FASTA has fewer bases there", "samtools faidx " + fasta);
  }

  /** Found by fuzzing: at the end of the file htsjdk's reader made no progress and looped forever. */
  @Test
  void anIndexEntryRunningPastTheEndOfTheFastaIsRefusedInsteadOfLoopingForever() throws Exception {
    final Path fasta = fastaWithIndex("past-end", "chr1\t147483648\t12\t10\t11\n");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expectInputError(fasta.resolveSibling("ref.fa.fai"),
        1, () -> open(fasta), "contig 'chr1' has length 147483648, but the FASTA has fewer bases there"));
  }

  @Test
  void anIndexEntryWithoutALineLayoutIsRefused() throws Exception {
    final Path fasta = fastaWithIndex("no-layout", "chr1\t16\t12\t0\t11\n");
    expectInputError(fasta.resolveSibling("ref.fa.fai"), 1, () -> open(fasta),
        "impossible entry (offset 12, length 16, line 0/11)");
  }

  /** The boundary: an entry whose last base is the FASTA's last sequence byte is fine. */
  @Test
  void anIndexEntryEndingOnTheLastBaseIsRead() throws Exception {
    final Path fasta = fastaWithIndex("exact", FastaIndexFuzzTest.GOOD_FAI);
    try (FastaReference ref = FastaReference.open(fasta)) {
      assertEquals("NNNNACGT", new String(ref.contig("chr2").bases(0, 8), StandardCharsets.US_ASCII));
      assertEquals(16, ref.contig("chr1").length());
    }
  }

  private static void open(Path fasta) {
    FastaReference.open(fasta).close();
  }

  private static Path fastaWithIndex(String name, String fai) throws Exception {
    final Path dir = TestFiles.scratch("fai-findings-" + name);
    final Path fasta = Files.writeString(dir.resolve("ref.fa"), FastaIndexFuzzTest.REF);
    Files.writeString(dir.resolve("ref.fa.fai"), fai);
    FuzzFiles.touch(fasta, 1_000_000L);
    return fasta;
  }
}
