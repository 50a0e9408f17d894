package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code harness truth-sets list|fetch|verify} end to end, downloading from a loopback server via --mirror. */
class TruthSetsCliTest {
  private static final String DIR = "release/test/";
  private static final byte[] VCF = "##fileformat=VCFv4.2\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TBI = "not really an index".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BED = "chr1\t0\t100\n".getBytes(StandardCharsets.US_ASCII);

  private final Map<String, byte[]> served = new ConcurrentHashMap<>();
  private HttpServer server;
  private String mirror;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      final byte[] body = served.get(ex.getRequestURI().getPath());
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
      } else {
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
      ex.close();
    });
    server.start();
    mirror = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    served.put("/" + DIR + "t.vcf.gz", VCF);
    served.put("/" + DIR + "t.vcf.gz.tbi", TBI);
    served.put("/" + DIR + "t.bed", BED);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String md5(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A one-entry catalogue whose URLs are on the GIAB FTP, so --mirror must rewrite them. */
  private static Path catalogue(Path dir) throws IOException {
    final String giab = "https://ftp-trace.ncbi.nlm.nih.gov/ReferenceSamples/giab/" + DIR;
    final String yaml = "catalogue_version: 0.0.1\nchangelog: [\"test\"]\ntruth_sets:\n"
        + "  - id: test-hg002\n    sample: HG002\n    release: t\n    build: GRCh38\n    kind: small-variant\n"
        + "    licence: pd\n    citation: none\n    files:\n"
        + "      - {role: vcf, url: \"" + giab + "t.vcf.gz\", md5: \"" + md5(VCF) + "\", checksum_source: test}\n"
        + "      - {role: vcf_index, url: \"" + giab + "t.vcf.gz.tbi\"}\n"
        + "      - {role: bed, url: \"" + giab + "t.bed\", md5: \"" + md5(BED) + "\", checksum_source: test}\n";
    final Path f = dir.resolve("catalogue.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private static void assertOneErrorLine(TestData.Run run, String... mustContain) {
    assertEquals(2, run.exitCode(), run.stderr());
    final List<String> lines = run.stderrLines();
    assertEquals(1, lines.size(), "one line on stderr:\n" + run.stderr());
    assertTrue(lines.get(0).startsWith(Main.ERROR_PREFIX), lines.get(0));
    for (String s : mustContain) {
      assertTrue(lines.get(0).contains(s), "'" + s + "' missing: " + lines.get(0));
    }
  }

  @Test
  void listShowsTheBundledCatalogue() {
    final TestData.Run run = TestData.run("truth-sets", "list");
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("giab-hg002-v4.2.1-grch38") && run.stdout().contains("giab-strat-v3.1-chm13-all"),
        run.stdout());
    assertTrue(run.stdout().startsWith("# catalogue 1.1.0"), run.stdout());
  }

  @Test
  void listShowsStructuralVariantSetsWithTheirKind() {
    final TestData.Run run = TestData.run("truth-sets", "list");
    assertEquals(0, run.exitCode(), run.stderr());
    for (String id : List.of("giab-hg002-sv-tier1-v0.6-grch37", "giab-hg002-cmrg-sv-v1.00-grch37",
        "giab-hg002-cmrg-sv-v1.00-grch38", "giab-hg002-v5.0q-sv-grch38")) {
      final String line = run.stdout().lines().filter(l -> l.startsWith(id + " ")).findFirst().orElse("");
      assertTrue(line.contains(" structural-variant "), id + " not listed as structural-variant: " + run.stdout());
    }
    // The SV half of v5.0q is its own entry; the small-variant entry keeps its kind.
    final String small = run.stdout().lines().filter(l -> l.startsWith("giab-hg002-v5.0q-grch38 ")).findFirst()
        .orElse("");
    assertTrue(small.contains(" small-variant "), run.stdout());
    // Sourced pins: CMRG SV VCF + BED (2 of 3 files); Tier 1 none.
    assertTrue(run.stdout().lines().anyMatch(l -> l.startsWith("giab-hg002-cmrg-sv-v1.00-grch38 ")
        && l.endsWith(" 2/3 files")), run.stdout());
    assertTrue(run.stdout().lines().anyMatch(l -> l.startsWith("giab-hg002-sv-tier1-v0.6-grch37 ")
        && l.endsWith(" 0/3 files")), run.stdout());
  }

  @Test
  void fetchThenVerifyThenDetectTampering() throws IOException {
    final Path dir = TestData.scratch("cli-truthsets-good");
    final Path cache = dir.resolve("cache");
    final TestData.Run fetch = TestData.run("truth-sets", "fetch", "test-hg002", "--catalogue",
        catalogue(dir).toString(), "--cache", cache.toString(), "--mirror", mirror);
    assertEquals(0, fetch.exitCode(), fetch.stderr());
    final Path bed = cache.resolve("test-hg002/t.bed").toAbsolutePath();
    assertTrue(fetch.stdout().contains("bed\t" + bed), fetch.stdout());
    assertTrue(fetch.stderr().contains("no published checksum for t.vcf.gz.tbi"), fetch.stderr());

    final TestData.Run ok = TestData.run("truth-sets", "verify", "test-hg002", "--catalogue",
        catalogue(dir).toString(), "--cache", cache.toString());
    assertEquals(0, ok.exitCode(), ok.stderr());
    assertEquals(3, ok.stdout().lines().filter(l -> l.startsWith("OK\t")).count(), ok.stdout());

    Files.writeString(bed, "chr1\t0\t101\n");
    final TestData.Run bad = TestData.run("truth-sets", "verify", "test-hg002", "--catalogue",
        catalogue(dir).toString(), "--cache", cache.toString());
    assertOneErrorLine(bad, "failed verification", "t.bed", "harness truth-sets fetch test-hg002");
    assertTrue(bad.stdout().contains("MISMATCH\t"), bad.stdout());
  }

  @Test
  void corruptDownloadIsRejected() throws IOException {
    final Path dir = TestData.scratch("cli-truthsets-corrupt");
    served.put("/" + DIR + "t.bed", "chr1\t0\t999\n".getBytes(StandardCharsets.US_ASCII));
    final Path cache = dir.resolve("cache");
    final TestData.Run run = TestData.run("truth-sets", "fetch", "test-hg002", "--catalogue",
        catalogue(dir).toString(), "--cache", cache.toString(), "--mirror", mirror, "--quiet");
    assertOneErrorLine(run, "t.bed", "failed verification", "md5");
    assertFalse(Files.exists(cache.resolve("test-hg002/t.bed")));
    assertFalse(Files.exists(cache.resolve("test-hg002/t.bed.part")));
  }

  @Test
  void unknownIdAndBadCatalogueAreExitCode2() throws IOException {
    assertOneErrorLine(TestData.run("truth-sets", "fetch", "no-such-set", "--quiet"), "no-such-set",
        "harness truth-sets list");
    final Path dir = TestData.scratch("cli-truthsets-badcat");
    final Path f = dir.resolve("c.yaml");
    Files.writeString(f, "catalogue_version: 1\n");
    assertOneErrorLine(TestData.run("truth-sets", "list", "--catalogue", f.toString()), "c.yaml", "changelog");
  }
}
