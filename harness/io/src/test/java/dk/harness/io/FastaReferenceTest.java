package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.harness.core.ReferenceSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FastaReferenceTest {
  static final String NUCLEUS_FASTA = "na12878-hg19-chr20-10mb/truth_and_reference/ucsc.hg19.chr20.unittest.fasta.gz";
  static final String PSEUDO_FASTA = "hg002-chr21-pseudoref/chr21.pseudo.fa.gz";

  /** An independent, naive FASTA parse (whole file in memory), upper-cased. */
  static Map<String, String> naiveParse(String fastaText) {
    final Map<String, String> out = new LinkedHashMap<>();
    String name = null;
    StringBuilder seq = new StringBuilder();
    for (String line : fastaText.split("\n")) {
      if (line.startsWith(">")) {
        if (name != null) {
          out.put(name, seq.toString());
        }
        name = line.substring(1).split("\\s")[0];
        seq = new StringBuilder();
      } else {
        seq.append(line.strip().toUpperCase(Locale.ROOT));
      }
    }
    out.put(name, seq.toString());
    return out;
  }

  @Test
  void plainFastaWithSeveralContigsAndLineWidths() {
    final Path fa = TestFiles.shared("happy/src/data/chrQ.fa");
    final Map<String, String> expected = naiveParse(TestFiles.text(fa));
    try (FastaReference ref = FastaReference.open(fa)) {
      assertEquals(List.copyOf(expected.keySet()), List.copyOf(ref.contigLengths().keySet()));
      for (Map.Entry<String, String> e : expected.entrySet()) {
        final ReferenceSequence seq = ref.contig(e.getKey());
        assertEquals(e.getValue().length(), seq.length());
        assertEquals(e.getValue().length(), (int) ref.contigLengths().get(e.getKey()));
        assertEquals(e.getValue(), new String(seq.bases(0, seq.length()), StandardCharsets.US_ASCII), e.getKey());
        assertEquals(e.getValue().substring(2, 5), new String(seq.bases(2, 5), StandardCharsets.US_ASCII));
        assertEquals(0, seq.bases(-5, 0).length);
        assertEquals(1, seq.bases(seq.length() - 1, seq.length() + 10).length); // clipped
      }
    }
  }

  @Test
  void bgzippedFastaWithGzi() {
    final Path fa = TestFiles.shared(NUCLEUS_FASTA);
    try (FastaReference ref = FastaReference.open(fa)) {
      assertEquals(Map.of("chr20", 63_025_520), ref.contigLengths());
      final ReferenceSequence chr20 = ref.contig("chr20");
      assertEquals(63_025_520, chr20.length());
      assertSame(chr20, ref.contig("chr20")); // cached
      // Only chr20:9,995,001-11,095,000 is real sequence (PROVENANCE.md); the rest is N.
      assertArrayEquals("NNNNN".getBytes(StandardCharsets.US_ASCII), chr20.bases(100, 105));
      final String real = new String(chr20.bases(10_000_000, 10_000_100), StandardCharsets.US_ASCII);
      assertEquals(100, real.replaceAll("[ACGT]", "").length() == 0 ? 100 : -1, real);
    }
  }

  @Test
  void pseudoReferenceOfChromosomeScale() {
    try (FastaReference ref = FastaReference.open(TestFiles.shared(PSEUDO_FASTA))) {
      assertEquals(Map.of("21", 48_129_895), ref.contigLengths());
      assertEquals(48_129_895, ref.contig("21").length());
    }
  }

  @Test
  void lowerCaseBasesAreUpperCased() throws IOException {
    final Path dir = TestFiles.scratch("fasta-lower");
    final Path fa = TestFiles.write(dir.resolve("low.fa"), ">c1 description\nacgtN\nAC\n");
    TestFiles.write(dir.resolve("low.fa.fai"), "c1\t7\t16\t5\t6\n");
    try (FastaReference ref = FastaReference.open(fa)) {
      assertEquals("ACGTNAC", new String(ref.contig("c1").bases(0, 7), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void unknownContig() {
    final Path fa = TestFiles.shared("happy/src/data/chrQ.fa");
    try (FastaReference ref = FastaReference.open(fa)) {
      expectInputError(fa, -1, () -> ref.contig("chrZ"), "contig 'chrZ' is not in the reference");
    }
  }

  @Test
  void missingFai() {
    final Path dir = TestFiles.scratch("fasta-no-fai");
    final Path fa = TestFiles.copy(TestFiles.shared("happy/src/data/chrQ.fa"), dir.resolve("chrQ.fa"));
    expectInputError(fa, -1, () -> FastaReference.open(fa), "no .fai index", "samtools faidx " + fa);
  }

  @Test
  void bgzipWithoutGzi() {
    final Path dir = TestFiles.scratch("fasta-no-gzi");
    final Path fa = TestFiles.copy(TestFiles.shared(NUCLEUS_FASTA), dir.resolve("ref.fa.gz"));
    TestFiles.copy(TestFiles.shared(NUCLEUS_FASTA + ".fai"), dir.resolve("ref.fa.gz.fai"));
    expectInputError(fa, -1, () -> FastaReference.open(fa), "no .gzi index", "samtools faidx " + fa);
  }

  @Test
  void plainGzipFasta() throws IOException {
    final Path dir = TestFiles.scratch("fasta-gzip");
    final Path fa = dir.resolve("chrQ.fa.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(fa))) {
      out.write(Files.readAllBytes(TestFiles.shared("happy/src/data/chrQ.fa")));
    }
    TestFiles.copy(TestFiles.shared("happy/src/data/chrQ.fa.fai"), dir.resolve("chrQ.fa.gz.fai"));
    expectInputError(fa, -1, () -> FastaReference.open(fa), "not with bgzip", "bgzip");
  }

  @Test
  void staleFai() {
    final Path dir = TestFiles.scratch("fasta-stale");
    final Path fa = TestFiles.copy(TestFiles.shared("happy/src/data/chrQ.fa"), dir.resolve("chrQ.fa"));
    final Path fai = TestFiles.copy(TestFiles.shared("happy/src/data/chrQ.fa.fai"), dir.resolve("chrQ.fa.fai"));
    TestFiles.touch(fa, 2_000_000_000_000L);
    TestFiles.touch(fai, 1_000_000_000_000L);
    expectInputError(fai, -1, () -> FastaReference.open(fa), "older than the FASTA", "samtools faidx");
  }

  @Test
  void missingFasta() {
    final Path fa = TestFiles.scratch("fasta-missing").resolve("none.fa");
    expectInputError(fa, -1, () -> FastaReference.open(fa), "not found");
  }
}
