package dk.harness.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Downloads against a loopback HTTP server that stands in for the GIAB FTP (the catalogue URLs are rewritten onto
 * it with {@link Downloader#mirror}): good, resumed, interrupted, corrupted, tampered.
 */
class TruthSetCacheTest {
  private static final String DIR = "release/AshkenazimTrio/HG002_NA24385_son/NISTv4.2.1/GRCh38/";
  private static final byte[] VCF = Files2.randomBytes(200_000, 1);
  private static final byte[] TBI = Files2.randomBytes(3_000, 2);
  private static final byte[] BED = "chr1\t100\t200\nchr1\t300\t400\n".getBytes();

  private LoopbackServer server;
  private Downloader downloader;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    // A short stall timeout: the broken-transfer test leaves a connection hanging.
    downloader = Downloader.mirror(Downloader.defaultClient(), Downloader.GIAB_FTP, server.base())
        .withStallTimeout(Duration.ofSeconds(1));
    server.put(DIR + "t.vcf.gz", VCF);
    server.put(DIR + "t.vcf.gz.tbi", TBI);
    server.put(DIR + "t.bed", BED);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static TruthSetFile file(FileRole role, String name, byte[] content, boolean withMd5, boolean withSha) {
    final Digests d = digestsOf(content);
    return new TruthSetFile(role, name, Downloader.GIAB_FTP.resolve(DIR + name), withMd5 ? d.md5() : null,
        withSha ? d.size() : null, withSha ? d.sha256() : null, withMd5 || withSha ? "test" : null);
  }

  static Digests digestsOf(byte[] content) {
    try {
      final Path tmp = Files.createTempFile("digest", ".bin");
      Files.write(tmp, content);
      final Digests d = Digests.of(tmp);
      Files.delete(tmp);
      return d;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TruthSet set(TruthSetFile... files) {
    return new TruthSet("test-hg002", "HG002", "v-test", Build.GRCH38, TruthSetKind.SMALL_VARIANT,
        List.of(files), "public domain", "none", null, null);
  }

  private static TruthSet standardSet() {
    return set(file(FileRole.VCF, "t.vcf.gz", VCF, true, true), file(FileRole.VCF_INDEX, "t.vcf.gz.tbi", TBI, true,
        false), file(FileRole.BED, "t.bed", BED, true, false));
  }

  /** Records listener calls. */
  private static final class Log implements FetchListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void starting(URI url, Path target, long resumeFrom) {
      events.add("start " + target.getFileName() + " @" + resumeFrom);
    }

    @Override
    public void cached(Path target) {
      events.add("cached " + target.getFileName());
    }

    @Override
    public void unverified(Path target, String sha256) {
      events.add("unverified " + target.getFileName());
    }
  }

  @Test
  void goodDownloadIsVerifiedRecordedAndThenServedFromTheCache() throws IOException {
    final Path cacheDir = Files2.scratch("cache-good");
    final TruthSetCache cache = new TruthSetCache(cacheDir);
    final TruthSet set = standardSet();
    final LocalTruthSet local = cache.fetch(set, downloader, FetchListener.NONE);

    assertArrayEquals(VCF, Files.readAllBytes(local.vcf()));
    assertArrayEquals(BED, Files.readAllBytes(local.bed()));
    assertArrayEquals(TBI, Files.readAllBytes(local.file(FileRole.VCF_INDEX).orElseThrow()));
    assertEquals(List.of("manifest.json", "t.bed", "t.vcf.gz", "t.vcf.gz.tbi"),
        Files2.listRelative(cacheDir.resolve("test-hg002")), "no .part or temporary file may remain");
    final JsonNode m = new ObjectMapper().readTree(cacheDir.resolve("test-hg002/manifest.json").toFile());
    assertEquals(digestsOf(BED).sha256(), m.at("/files/t.bed/sha256").asText());
    assertEquals(BED.length, m.at("/files/t.bed/size").asLong());
    assertTrue(m.at("/files/t.vcf.gz/verified_against").asText().contains("md5+sha256+size"));
    assertTrue(cache.verify(set).ok(), cache.verify(set).toString());
    assertEquals(local, cache.resolve(set));

    final int before = server.requests().size();
    final Log log = new Log();
    cache.fetch(set, downloader, log);
    assertEquals(before, server.requests().size(), "a second fetch must not download again");
    assertEquals(List.of("cached t.vcf.gz", "cached t.vcf.gz.tbi", "cached t.bed"), log.events);
  }

  @Test
  void partialDownloadIsResumedWithARangeRequest() throws IOException {
    final Path cacheDir = Files2.scratch("cache-resume");
    final Path setDir = Files.createDirectories(cacheDir.resolve("test-hg002"));
    Files.write(setDir.resolve("t.vcf.gz.part"), Arrays.copyOf(VCF, 120_000));
    final Log log = new Log();
    final LocalTruthSet local = new TruthSetCache(cacheDir).fetch(standardSet(), downloader, log);

    assertArrayEquals(VCF, Files.readAllBytes(local.vcf()));
    assertTrue(server.requests().contains(new LoopbackServer.Request("/" + DIR + "t.vcf.gz", "bytes=120000-")),
        server.requests().toString());
    assertTrue(log.events.contains("start t.vcf.gz @120000"), log.events.toString());
  }

  @Test
  void brokenDownloadKeepsItsPartAndTheNextFetchResumesIt() throws IOException {
    final Path cacheDir = Files2.scratch("cache-broken");
    final TruthSetCache cache = new TruthSetCache(cacheDir);
    server.breakOnceAfter(DIR + "t.vcf.gz", 50_000);
    final CatalogueException e = assertThrows(CatalogueException.class,
        () -> cache.fetch(standardSet(), downloader, FetchListener.NONE));
    assertTrue(e.getMessage().contains("stalled") && e.getMessage().contains("resume"), e.getMessage());
    final Path setDir = cacheDir.resolve("test-hg002");
    assertFalse(Files.exists(setDir.resolve("t.vcf.gz")), "nothing unverified under the final name");
    final long kept = Files.size(setDir.resolve("t.vcf.gz.part"));
    assertTrue(kept > 0 && kept <= 50_000, "kept " + kept);

    final LocalTruthSet local = cache.fetch(standardSet(), downloader, FetchListener.NONE);
    assertArrayEquals(VCF, Files.readAllBytes(local.vcf()));
    assertTrue(server.requests().contains(new LoopbackServer.Request("/" + DIR + "t.vcf.gz", "bytes=" + kept + "-")),
        server.requests().toString());
  }

  @Test
  void serverIgnoringRangeRestartsFromTheBeginning() throws IOException {
    final Path cacheDir = Files2.scratch("cache-norange");
    final Path setDir = Files.createDirectories(cacheDir.resolve("test-hg002"));
    Files.write(setDir.resolve("t.vcf.gz.part"), Arrays.copyOf(VCF, 1000));
    server.honourRange(false);
    final LocalTruthSet local = new TruthSetCache(cacheDir).fetch(standardSet(), downloader, FetchListener.NONE);
    assertArrayEquals(VCF, Files.readAllBytes(local.vcf()), "the 200 body must replace, not extend, the .part");
  }

  @Test
  void corruptedDownloadIsRejectedAndNothingIsLeftInPlace() throws IOException {
    final Path cacheDir = Files2.scratch("cache-corrupt");
    final byte[] bad = BED.clone();
    bad[5] ^= 1;
    server.put(DIR + "t.bed", bad);
    final TruthSetCache cache = new TruthSetCache(cacheDir);
    final CatalogueException e = assertThrows(CatalogueException.class,
        () -> cache.fetch(standardSet(), downloader, FetchListener.NONE));
    assertTrue(e.getMessage().contains("t.bed") && e.getMessage().contains("md5")
        && e.getMessage().contains("failed verification"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    final Path setDir = cacheDir.resolve("test-hg002");
    assertEquals(List.of("manifest.json", "t.vcf.gz", "t.vcf.gz.tbi"), Files2.listRelative(setDir),
        "the corrupt file and its .part must be gone; the verified files stay");
    assertTrue(cache.find(standardSet()).isEmpty(), "an incomplete set must not resolve");
    assertThrows(CatalogueException.class, () -> cache.resolve(standardSet()));
    assertEquals(VerifyReport.Status.MISSING, cache.verify(standardSet()).checks().get(2).status());
  }

  @Test
  void wrongSizeIsRejectedEvenWhenOnlySizeAndSha256AreKnown() throws IOException {
    final Path cacheDir = Files2.scratch("cache-size");
    server.put(DIR + "t.vcf.gz", Arrays.copyOf(VCF, VCF.length - 1));
    final CatalogueException e = assertThrows(CatalogueException.class, () -> new TruthSetCache(cacheDir)
        .fetch(set(file(FileRole.VCF, "t.vcf.gz", VCF, false, true)), downloader, FetchListener.NONE));
    assertTrue(e.getMessage().contains("size " + VCF.length + " bytes expected"), e.getMessage());
  }

  @Test
  void verifyDetectsATamperedCachedFile() throws IOException {
    final Path cacheDir = Files2.scratch("cache-tamper");
    final TruthSetCache cache = new TruthSetCache(cacheDir);
    final LocalTruthSet local = cache.fetch(standardSet(), downloader, FetchListener.NONE);
    final byte[] b = Files.readAllBytes(local.bed());
    b[0] = (byte) 'X';
    Files.write(local.bed(), b);

    final VerifyReport r = cache.verify(standardSet());
    assertFalse(r.ok());
    final VerifyReport.Check bedCheck = r.checks().get(2);
    assertEquals(local.bed(), bedCheck.file());
    assertEquals(VerifyReport.Status.MISMATCH, bedCheck.status());
    assertTrue(bedCheck.detail().contains("manifest.json"), bedCheck.detail());
    assertEquals(VerifyReport.Status.OK, r.checks().get(0).status());
  }

  @Test
  void fileWithoutPublishedChecksumIsRecordedAndLaterTamperingDetected() throws IOException {
    final Path cacheDir = Files2.scratch("cache-tofu");
    final TruthSetCache cache = new TruthSetCache(cacheDir);
    final TruthSet set = set(file(FileRole.VCF, "t.vcf.gz", VCF, false, false),
        file(FileRole.VCF_INDEX, "t.vcf.gz.tbi", TBI, false, false), file(FileRole.BED, "t.bed", BED, false, false));
    final Log log = new Log();
    final LocalTruthSet local = cache.fetch(set, downloader, log);
    assertTrue(log.events.contains("unverified t.bed"), log.events.toString());
    final JsonNode m = new ObjectMapper().readTree(cacheDir.resolve("test-hg002/manifest.json").toFile());
    assertEquals(Manifest.NOT_VERIFIED, m.at("/files/t.bed/verified_against").asText());
    assertTrue(cache.verify(set).ok());
    Files.write(local.bed(), "chr1\t1\t2\n".getBytes());
    assertFalse(cache.verify(set).ok());
  }

  @Test
  void missingRemoteFileIsAClearError() throws IOException {
    final Path cacheDir = Files2.scratch("cache-404");
    final TruthSet set = set(new TruthSetFile(FileRole.VCF, "gone.vcf.gz",
        Downloader.GIAB_FTP.resolve(DIR + "gone.vcf.gz"), null, null, null, null));
    final CatalogueException e = assertThrows(CatalogueException.class,
        () -> new TruthSetCache(cacheDir).fetch(set, downloader, FetchListener.NONE));
    assertTrue(e.getMessage().contains("HTTP 404") && e.getMessage().contains("gone.vcf.gz"), e.getMessage());
    assertNull(new TruthSetCache(cacheDir).find(set).orElse(null));
  }

  @Test
  void mirrorRewritesOnlyTheGiabPrefix() {
    final URI other = URI.create("https://example.org/x.vcf.gz");
    assertEquals(other, downloader.effective(other));
    assertEquals(server.base().resolve("release/a/b.bed"),
        downloader.effective(Downloader.GIAB_FTP.resolve("release/a/b.bed")));
  }
}
