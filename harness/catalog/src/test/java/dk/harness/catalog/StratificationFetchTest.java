package dk.harness.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stratification set is fetched as its TSV, its md5 list, then every BED the TSV names, each verified against the
 * list. The TSV is laid out like GIAB's v3.1 files: CRLF line ends, no final newline, and one name with a trailing
 * dot.
 */
class StratificationFetchTest {
  private static final String DIR = "release/genome-stratifications/v3.1/GRCh38/";
  private static final byte[] LOWMAP = "chr1\t0\t10\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] COMPHET = "chr2\t5\t50\n".getBytes(StandardCharsets.US_ASCII);
  private static final String TSV = "alllowmapandsegdupregions\tUnion/GRCh38_alllowmapandsegdupregions.bed.gz\r\n"
      + "HG002_v4.2.1_comphetindel10bp_slop50.\tGenomeSpecific/GRCh38_HG002_v4.2.1_comphetindel10bp_slop50.bed.gz";

  private LoopbackServer server;
  private Downloader downloader;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    downloader = Downloader.mirror(Downloader.defaultClient(), Downloader.GIAB_FTP, server.base());
    server.put(DIR + "strat.tsv", TSV.getBytes(StandardCharsets.US_ASCII));
    server.put(DIR + "Union/GRCh38_alllowmapandsegdupregions.bed.gz", LOWMAP);
    server.put(DIR + "GenomeSpecific/GRCh38_HG002_v4.2.1_comphetindel10bp_slop50.bed.gz", COMPHET);
    // GIAB's list names files from the release root, so entries match by path suffix.
    final String md5s = TruthSetCacheTest.digestsOf(LOWMAP).md5()
        + "  v3.1/GRCh38/Union/GRCh38_alllowmapandsegdupregions.bed.gz\n"
        + TruthSetCacheTest.digestsOf(COMPHET).md5()
        + "  v3.1/GRCh38/GenomeSpecific/GRCh38_HG002_v4.2.1_comphetindel10bp_slop50.bed.gz\n";
    server.put(DIR + "md5s.txt", md5s.getBytes(StandardCharsets.US_ASCII));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TruthSet set() {
    final byte[] tsv = TSV.getBytes(StandardCharsets.US_ASCII);
    return new TruthSet("test-strat", null, "v3.1", Build.GRCH38, TruthSetKind.STRATIFICATION, List.of(
        new TruthSetFile(FileRole.TSV, "strat.tsv", Downloader.GIAB_FTP.resolve(DIR + "strat.tsv"),
            TruthSetCacheTest.digestsOf(tsv).md5(), null, null, "test"),
        new TruthSetFile(FileRole.MD5_LIST, "md5s.txt", Downloader.GIAB_FTP.resolve(DIR + "md5s.txt"), null, null,
            null, null)), "public domain", "none", null, null);
  }

  @Test
  void fetchesTheBedsTheTsvListsWithCleanedNames() throws IOException {
    final Path cacheDir = Files2.scratch("strat-good");
    final TruthSetCache cache = new TruthSetCache(cacheDir);
    final LocalTruthSet local = cache.fetch(set(), downloader, FetchListener.NONE);

    assertEquals(List.of("alllowmapandsegdupregions", "HG002_v4.2.1_comphetindel10bp_slop50"),
        local.stratifications().stream().map(Stratification::name).toList(), "the trailing dot is dropped");
    final Stratification comphet = local.stratifications().get(1);
    assertEquals("GenomeSpecific/GRCh38_HG002_v4.2.1_comphetindel10bp_slop50.bed.gz", comphet.relativePath(),
        "the file name keeps the publisher's spelling");
    assertArrayEquals(COMPHET, Files.readAllBytes(comphet.file()));
    assertEquals(cacheDir.resolve("test-strat/Union/GRCh38_alllowmapandsegdupregions.bed.gz"),
        local.stratifications().get(0).file());
    assertTrue(cache.verify(set()).ok());
    assertEquals(4, cache.verify(set()).checks().size(), "tsv, md5 list and both BEDs are checked");
    assertEquals(local, cache.find(set()).orElseThrow());
  }

  @Test
  void bedDifferingFromTheMd5ListIsRejected() throws IOException {
    final Path cacheDir = Files2.scratch("strat-bad");
    server.put(DIR + "Union/GRCh38_alllowmapandsegdupregions.bed.gz", "chr1\t0\t11\n".getBytes());
    final CatalogueException e = assertThrows(CatalogueException.class,
        () -> new TruthSetCache(cacheDir).fetch(set(), downloader, FetchListener.NONE));
    assertTrue(e.getMessage().contains("GRCh38_alllowmapandsegdupregions.bed.gz")
        && e.getMessage().contains("md5"), e.getMessage());
    assertFalse(Files.exists(cacheDir.resolve("test-strat/Union/GRCh38_alllowmapandsegdupregions.bed.gz")));
    assertFalse(Files.exists(cacheDir.resolve("test-strat/Union/GRCh38_alllowmapandsegdupregions.bed.gz.part")));
  }

  @Test
  void bedMissingFromTheMd5ListIsRefusedBeforeDownloading() throws IOException {
    final Path cacheDir = Files2.scratch("strat-unlisted");
    server.put(DIR + "md5s.txt", (TruthSetCacheTest.digestsOf(LOWMAP).md5()
        + "  v3.1/GRCh38/Union/GRCh38_alllowmapandsegdupregions.bed.gz\n").getBytes());
    final CatalogueException e = assertThrows(CatalogueException.class,
        () -> new TruthSetCache(cacheDir).fetch(set(), downloader, FetchListener.NONE));
    assertTrue(e.getMessage().contains("strat.tsv:2") && e.getMessage().contains("no entry"), e.getMessage());
    assertTrue(server.requests().stream().noneMatch(r -> r.path().contains("comphet")), server.requests().toString());
  }

  @Test
  void tsvQuirksAndUnsafePaths() {
    final Path src = Path.of("x.tsv");
    final List<StratificationTsv.Entry> ok = StratificationTsv.parse("# comment\r\n\r\na.\tA/a.bed.gz\r\n"
        + " b \tb.bed.gz", src);
    assertEquals(List.of(new StratificationTsv.Entry("a", "A/a.bed.gz", 3),
        new StratificationTsv.Entry("b", "b.bed.gz", 4)), ok);
    for (String bad : List.of("a\t../x.bed", "a\t/abs.bed", "a\tA//b.bed", "a\tC:\\x.bed", "a\tb.bed\textra",
        "only-one-field", ".\tx.bed", "a\tx.bed\na.\ty.bed")) {
      final CatalogueException e = assertThrows(CatalogueException.class, () -> StratificationTsv.parse(bad, src),
          bad);
      assertTrue(e.getMessage().startsWith("x.tsv:"), e.getMessage());
    }
  }
}
