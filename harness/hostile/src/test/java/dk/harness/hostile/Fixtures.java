package dk.harness.hostile;

import dk.harness.testdata.SharedTestData;
import htsjdk.samtools.reference.ReferenceSequenceFile;
import htsjdk.samtools.reference.ReferenceSequenceFileFactory;
import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The clean inputs every case starts from: real files of ../shared/data (read in place, never copied into the
 * repository) and small slices of them made once per JVM under target/hostile/_fixtures. The folders' PROVENANCE
 * files describe the data: na12878-hg19-chr20-10mb (GIAB NA12878 truth, GATK4 calls, a chr20 reference whose only
 * real sequence is chr20:9,995,001-11,095,000) and hg002-chr21-* (GIAB HG002 v4.2.1 chr21 truth, sarek
 * HaplotypeCaller calls, a pseudo-reference consistent with every REF allele, contig '21').
 */
final class Fixtures {
  /** Everything the suite writes lives under here. */
  static final Path ROOT = Path.of("target", "hostile").toAbsolutePath();

  /** The HG002 slice: 21:33,000,000-33,400,000 (1-based, inclusive), inside the v4.2.1 benchmark regions. */
  static final int HG_FROM = 33_000_000;
  static final int HG_TO = 33_400_000;

  private static Path shared;
  private static List<String> naQueryLines;
  private static List<String> naTruthLines;
  private static Path hgDir;
  private static Path strata;

  private Fixtures() {
  }

  /**
   * ../shared/data through the project's one rule ({@link SharedTestData}): the suite is skipped when it is absent
   * on a developer's checkout and fails on CI.
   */
  static synchronized Path shared() {
    if (shared == null) {
      SharedTestData.require("na12878-hg19-chr20-10mb");
      SharedTestData.require("hg002-chr21-sarek");
      shared = SharedTestData.root();
    }
    return shared;
  }

  static Path na() {
    return shared().resolve("na12878-hg19-chr20-10mb");
  }

  static Path naTruth() {
    return na().resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.vcf.gz");
  }

  static Path naBed() {
    return na().resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.bed");
  }

  static Path naRef() {
    return na().resolve("truth_and_reference/ucsc.hg19.chr20.unittest.fasta.gz");
  }

  static Path naQuery() {
    return na().resolve("query_derived_chr20_bgzip/expected.testVCFMode.gatk4.chr20.vcf.gz");
  }

  /** Another caller's calls on the same region, with its own index (for a stale-index case). */
  static Path naOtherQuery() {
    return na().resolve("query_derived_chr20_bgzip/expected.testVCFMode.gatk4.DRAGEN.chr20.vcf.gz");
  }

  /** The GATK4 query as text lines (a fresh, mutable copy). */
  static synchronized List<String> naQueryLines() {
    if (naQueryLines == null) {
      naQueryLines = List.copyOf(gzLines(naQuery()));
    }
    return new ArrayList<>(naQueryLines);
  }

  static synchronized List<String> naTruthLines() {
    if (naTruthLines == null) {
      naTruthLines = List.copyOf(gzLines(naTruth()));
    }
    return new ArrayList<>(naTruthLines);
  }

  static List<String> naBedLines() {
    return readLines(naBed());
  }

  static Path hgRef() {
    return shared().resolve("hg002-chr21-pseudoref/chr21.pseudo.fa.gz");
  }

  /** The HG002 truth slice (bgzipped, indexed), made once. */
  static Path hgTruth() {
    return hgDir().resolve("truth.vcf.gz");
  }

  /** The HG002 HaplotypeCaller slice (bgzipped, indexed), made once. */
  static Path hgQuery() {
    return hgDir().resolve("query.vcf.gz");
  }

  static Path hgBed() {
    return hgDir().resolve("confident.bed");
  }

  static List<String> hgQueryLines() {
    return gzLines(hgQuery());
  }

  static List<String> hgTruthLines() {
    return gzLines(hgTruth());
  }

  private static synchronized Path hgDir() {
    if (hgDir == null) {
      final Path dir = ROOT.resolve("_fixtures/hg002");
      final Path sarek = shared().resolve("hg002-chr21-sarek");
      final Path t = sarek.resolve("SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz");
      final Path q = sarek.resolve("sarek/hg37/HG002.haplotypecaller.chr21.vcf.gz");
      final Path b = sarek.resolve("SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.bed");
      try {
        Files.createDirectories(dir);
        Bytes.writeBgzipIndexed(dir.resolve("truth.vcf.gz"), slice(gzLines(t)));
        Bytes.writeBgzipIndexed(dir.resolve("query.vcf.gz"), slice(gzLines(q)));
        final List<String> bed = new ArrayList<>();
        for (String l : readLines(b)) {
          final String[] f = l.split("\t");
          final long s = Long.parseLong(f[1]);
          final long e = Long.parseLong(f[2]);
          if (s >= HG_FROM && e <= HG_TO) {
            bed.add(l);
          }
        }
        Files.write(dir.resolve("confident.bed"), bed);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      hgDir = dir;
    }
    return hgDir;
  }

  private static List<String> slice(List<String> lines) {
    final List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("#")) {
        out.add(l);
        continue;
      }
      final int tab1 = l.indexOf('\t');
      final int pos = Integer.parseInt(l.substring(tab1 + 1, l.indexOf('\t', tab1 + 1)));
      if (pos >= HG_FROM && pos <= HG_TO) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * A GIAB-style stratification TSV with two strata made from the NA12878 confident BED: its odd and its even
   * intervals (both chr20, both inside the reference's real sequence).
   */
  static synchronized Path strata() {
    if (strata == null) {
      final Path dir = ROOT.resolve("_fixtures/strata");
      try {
        Files.createDirectories(dir);
        final List<String> bed = naBedLines();
        final List<String> odd = new ArrayList<>();
        final List<String> even = new ArrayList<>();
        for (int i = 0; i < bed.size(); i++) {
          (i % 2 == 0 ? odd : even).add(bed.get(i));
        }
        Files.write(dir.resolve("odd.bed"), odd);
        Files.write(dir.resolve("even.bed"), even);
        Files.writeString(dir.resolve("strata.tsv"), "odd\todd.bed\neven\teven.bed\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      strata = dir.resolve("strata.tsv");
    }
    return strata;
  }

  /** Reference bases of the NA12878 reference, 1-based inclusive, upper case. */
  static String naBases(int from, int to) {
    try (ReferenceSequenceFile ref = ReferenceSequenceFileFactory.getReferenceSequenceFile(naRef())) {
      return new String(ref.getSubsequenceAt("chr20", from, to).getBases(), StandardCharsets.US_ASCII)
          .toUpperCase(java.util.Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a bgzipped (or plain gzipped) file. */
  static List<String> gzLines(Path file) {
    try (InputStream in = new BlockCompressedInputStream(Files.newInputStream(file))) {
      return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> readLines(Path file) {
    try {
      return split(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String s) {
    final List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Removes a folder and everything in it (no-op when absent). */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        // Links point into ../shared/data: remove the link only, never touch (or chmod) what it points at.
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
