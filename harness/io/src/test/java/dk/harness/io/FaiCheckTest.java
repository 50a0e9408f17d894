package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import htsjdk.samtools.reference.FastaSequenceIndex;
import htsjdk.samtools.util.GZIIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A damaged .fai is blamed on the .fai, with samtools faidx as the fix, before any base is read. */
class FaiCheckTest {
  /** Two contigs, the first with a description, 10 bases a line; samtools faidx gives the index below. */
  private static final String FASTA = ">c1 first contig\nACGTACGTAC\nACGTA\n>c2\nGGGGCCCCTT\nTT\n";
  private static final String FAI = "c1\t15\t17\t10\t11\nc2\t12\t38\t10\t11\n";

  private static Path fasta(String name, String fai) {
    final Path dir = TestFiles.scratch("fai-" + name);
    final Path fa = TestFiles.write(dir.resolve("ref.fa"), FASTA);
    TestFiles.write(dir.resolve("ref.fa.fai"), fai);
    TestFiles.touch(fa, 1_000_000_000_000L);
    return fa;
  }

  private static Path fai(Path fa) {
    return fa.resolveSibling(fa.getFileName() + ".fai");
  }

  @Test
  void theCorrectIndexIsAcceptedAndReadsTheBases() {
    final Path fa = fasta("good", FAI);
    try (FastaReference ref = FastaReference.open(fa)) {
      final var c2 = ref.contig("c2");
      assertEquals("GGGGCCCCTTTT", new String(c2.bases(0, c2.length()), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void anOffsetMovedIntoTheSequenceIsNotTheStartOfALine() {
    final Path fa = fasta("shifted", FAI.replace("c2\t12\t38", "c2\t12\t39"));
    final InputException e = expectInputError(fai(fa), 2, () -> FastaReference.open(fa), "contig 'c2'",
        "not the start of a line", "samtools faidx " + fa);
    assertFalse(e.getMessage().contains("build"), e.getMessage());
  }

  @Test
  void anOffsetOfAnotherContigNamesTheHeaderFound() {
    final Path fa = fasta("swapped", FAI.replace("c1\t15\t17", "c1\t15\t38"));
    expectInputError(fai(fa), 1, () -> FastaReference.open(fa), "contig 'c1'", "'>c2'", "samtools faidx");
  }

  @Test
  void anOffsetBeyondTheFileIsReported() {
    final Path fa = fasta("beyond", FAI.replace("c2\t12\t38", "c2\t12\t4000"));
    expectInputError(fai(fa), 2, () -> FastaReference.open(fa), "beyond the end of the FASTA", "samtools faidx");
  }

  @Test
  void aLengthShorterThanTheSequenceIsReported() {
    final Path fa = fasta("short", FAI.replace("c1\t15", "c1\t14"));
    expectInputError(fai(fa), 1, () -> FastaReference.open(fa), "contig 'c1' has length 14",
        "the FASTA has more bases", "samtools faidx");
  }

  @Test
  void aLengthLongerThanTheSequenceIsReported() {
    final Path fa = fasta("long", FAI.replace("c2\t12", "c2\t13"));
    expectInputError(fai(fa), 2, () -> FastaReference.open(fa), "contig 'c2' has length 13",
        "the FASTA has fewer bases", "samtools faidx");
  }

  @Test
  void aLineLayoutThatCannotBeIsReported() {
    final Path fa = fasta("layout", FAI.replace("c1\t15\t17\t10\t11", "c1\t15\t17\t10\t9"));
    expectInputError(fai(fa), 1, () -> FastaReference.open(fa), "impossible entry", "samtools faidx");
  }

  @Test
  void unreadableColumnsAreBlamedOnTheIndex() {
    final Path fa = fasta("columns", "c1\tfifteen\t17\t10\t11\n");
    expectInputError(fai(fa), -1, () -> FastaReference.open(fa), "samtools faidx");
  }

  @Test
  void aBgzipFastaIsCheckedThroughItsGzi() throws IOException {
    final Path dir = TestFiles.scratch("fai-bgzf");
    final Path fa = TestFiles.bgzip(FASTA.getBytes(StandardCharsets.US_ASCII), dir.resolve("ref.fa.gz"));
    GZIIndex.buildIndex(fa).writeIndex(dir.resolve("ref.fa.gz.gzi"));
    TestFiles.write(dir.resolve("ref.fa.gz.fai"), FAI.replace("c2\t12", "c2\t11"));
    TestFiles.touch(fa, 1_000_000_000_000L);
    expectInputError(fai(fa), 2, () -> FastaReference.open(fa), "contig 'c2' has length 11", "more bases");
    TestFiles.write(dir.resolve("ref.fa.gz.fai"), FAI);
    try (FastaReference ref = FastaReference.open(fa)) {
      assertEquals(15, ref.contig("c1").length());
    }
  }

  /** A .fai re-created (or a FASTA swapped) while contigs are being read: the rest is not read from it. */
  @Test
  void aReferenceChangedWhileRunningIsAFault() throws IOException {
    final Path fa = fasta("changed", FAI);
    try (FastaReference ref = FastaReference.open(fa)) {
      assertEquals(15, ref.contig("c1").length());
      TestFiles.write(fai(fa), FAI.replace("c2\t12", "c2\t9")); // samtools faidx on an edited FASTA
      final InputException e = expectInputError(fai(fa), -1, () -> ref.contig("c2"),
          "changed while the harness was reading the reference", "run again");
      assertTrue(e instanceof FaultException, "stops a run rather than blaming a submission");
    }
  }

  /** No false alarm on any real reference in the shared data (plain and bgzip, many line layouts). */
  @Test
  void everySharedReferencePasses() throws IOException {
    final List<Path> checked = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(TestFiles.shared())) {
      for (Path fai : walk.filter(p -> p.toString().endsWith(".fai")).sorted().toList()) {
        final Path fa = fai.resolveSibling(fai.getFileName().toString().replaceFirst("\\.fai$", ""));
        if (!Files.isRegularFile(fa)) {
          continue;
        }
        final TextLines.Compression c = TextLines.detect(fa, "reference FASTA");
        final boolean bgzf = c == TextLines.Compression.BGZF;
        if (c == TextLines.Compression.GZIP || (bgzf && !Files.exists(fa.resolveSibling(fa.getFileName() + ".gzi")))) {
          continue;
        }
        FaiCheck.check(fa, fai, new FastaSequenceIndex(fai), bgzf);
        checked.add(fa);
      }
    }
    assertTrue(checked.size() >= 40, "expected the shared references, checked " + checked);
  }
}
