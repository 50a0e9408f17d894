package dk.harness.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.catalog.SharedDataSources.Kind;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harness test-data fetch} against a loopback server standing in for raw.githubusercontent.com. */
class SharedDataFetchTest {
  private static final byte[] TRUTH = "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BED = "chr20\t10\t20\n".getBytes(StandardCharsets.US_ASCII);

  private static final String SOURCES = String.join("\n",
      "# test source list",
      "prefix\tkind\trepository\tcommit\tupstream\thow",
      "set-a/\tgithub\towner/repo\t0123abcd\ttestdata/\t",
      "set-a/renamed.vcf.gz\tderived\t\t\t\tbcftools annotate --rename-chrs of truth.vcf",
      "");

  private static String manifest(byte[] truth, byte[] bed) {
    return "path\tbytes\tsha256\tvcf_records\n"
        + "set-a/truth.vcf\t" + truth.length + "\t" + Digests.sha256(truth) + "\t0\n"
        + "set-a/sub/conf.bed\t" + bed.length + "\t" + Digests.sha256(bed) + "\t\n"
        + "set-a/renamed.vcf.gz\t3\t" + Digests.sha256("abc".getBytes(StandardCharsets.US_ASCII)) + "\t\n"
        + "set-b/orphan.txt\t1\t" + Digests.sha256("x".getBytes(StandardCharsets.US_ASCII)) + "\t\n";
  }

  private static SharedDataSources sources(Path dir, String manifest) throws IOException {
    return SharedDataSources.read(Files.writeString(dir.resolve("sources.tsv"), SOURCES),
        Files.writeString(dir.resolve("MANIFEST.tsv"), manifest));
  }

  private static SharedDataFetch fetch(SharedDataSources s, LoopbackServer server) {
    return new SharedDataFetch(s, Downloader.mirror(Downloader.defaultClient(), SharedDataSources.GITHUB_RAW,
        server.base()).withStallTimeout(Duration.ofSeconds(2)), FetchListener.NONE);
  }

  @Test
  void verifiedFilesLandInPlaceAndDerivedOnesAreListedNotFetched(@TempDir Path tmp) throws IOException {
    try (LoopbackServer server = new LoopbackServer()) {
      server.put("owner/repo/0123abcd/testdata/truth.vcf", TRUTH);
      server.put("owner/repo/0123abcd/testdata/sub/conf.bed", BED);
      final Path dest = tmp.resolve("shared/data");
      final SharedDataFetch.Result r = fetch(sources(tmp, manifest(TRUTH, BED)), server).run(dest, Set.of(), false);
      assertEquals(List.of(), r.failures());
      assertEquals(2, r.fetched());
      assertArrayEquals(TRUTH, Files.readAllBytes(dest.resolve("set-a/truth.vcf")));
      assertArrayEquals(BED, Files.readAllBytes(dest.resolve("set-a/sub/conf.bed")));
      assertFalse(Files.exists(dest.resolve("set-a/renamed.vcf.gz")), "a derived file is never fetched");
      assertEquals(1, r.notFetchable().size());
      final var derived = r.notFetchable().entrySet().iterator().next();
      assertEquals(Kind.DERIVED, derived.getKey().kind());
      assertTrue(derived.getKey().how().contains("rename-chrs"));
      assertEquals("set-a/renamed.vcf.gz", derived.getValue().get(0).path());
      assertEquals(List.of("set-b/orphan.txt"), r.unknown().stream().map(SharedDataSources.Entry::path).toList());

      // A second run finds both files verified and downloads nothing.
      final int requests = server.requests().size();
      final SharedDataFetch.Result again = fetch(sources(tmp, manifest(TRUTH, BED)), server).run(dest, Set.of(),
          false);
      assertEquals(0, again.fetched());
      assertEquals(2, again.present());
      assertEquals(requests, server.requests().size());
    }
  }

  @Test
  void aWrongChecksumIsRejectedAndNothingIsStored(@TempDir Path tmp) throws IOException {
    try (LoopbackServer server = new LoopbackServer()) {
      final byte[] tampered = TRUTH.clone();
      tampered[3] = 'X';
      server.put("owner/repo/0123abcd/testdata/truth.vcf", tampered);
      server.put("owner/repo/0123abcd/testdata/sub/conf.bed", BED);
      final Path dest = tmp.resolve("data");
      final SharedDataFetch.Result r = fetch(sources(tmp, manifest(TRUTH, BED)), server).run(dest, Set.of(), false);
      assertEquals(1, r.fetched(), "the good file still arrives");
      assertEquals(1, r.failures().size());
      assertTrue(r.failures().get(0).contains("failed verification") && r.failures().get(0).contains("sha256"),
          r.failures().get(0));
      assertFalse(Files.exists(dest.resolve("set-a/truth.vcf")));
      assertFalse(Files.exists(dest.resolve("set-a/truth.vcf.part")), "the rejected bytes are deleted");
    }
  }

  @Test
  void aBrokenDownloadIsResumedFromWhereItStopped(@TempDir Path tmp) throws IOException {
    try (LoopbackServer server = new LoopbackServer()) {
      server.put("owner/repo/0123abcd/testdata/truth.vcf", TRUTH);
      server.put("owner/repo/0123abcd/testdata/sub/conf.bed", BED);
      server.breakOnceAfter("owner/repo/0123abcd/testdata/truth.vcf", 10);
      final Path dest = tmp.resolve("data");
      final SharedDataFetch.Result first = fetch(sources(tmp, manifest(TRUTH, BED)), server).run(dest, Set.of(),
          false);
      assertEquals(1, first.failures().size(), first.toString());
      assertTrue(first.failures().get(0).contains("kept"), first.failures().get(0));
      assertEquals(10, Files.size(dest.resolve("set-a/truth.vcf.part")));

      final SharedDataFetch.Result second = fetch(sources(tmp, manifest(TRUTH, BED)), server).run(dest, Set.of(),
          false);
      assertEquals(List.of(), second.failures());
      assertEquals(1, second.fetched());
      assertArrayEquals(TRUTH, Files.readAllBytes(dest.resolve("set-a/truth.vcf")));
      final List<LoopbackServer.Request> truthGets = server.requests().stream()
          .filter(q -> q.path().endsWith("/truth.vcf")).toList();
      assertEquals("bytes=10-", truthGets.get(truthGets.size() - 1).range());
    }
  }

  @Test
  void aDryRunAndASetFilterTouchNothing(@TempDir Path tmp) throws IOException {
    try (LoopbackServer server = new LoopbackServer()) {
      final Path dest = tmp.resolve("data");
      final SharedDataFetch.Result r = fetch(sources(tmp, manifest(TRUTH, BED)), server).run(dest, Set.of("set-b"),
          true);
      assertEquals(0, r.fetched() + r.present() + r.failures().size());
      assertEquals(1, r.unknown().size());
      assertTrue(server.requests().isEmpty());
      assertFalse(Files.exists(dest));
    }
  }

  @Test
  void githubUrlsKeepTheUpstreamLayout() {
    final SharedDataSources.Rule rule = new SharedDataSources.Rule(3, "na12878/truth/", Kind.GITHUB,
        "google/nucleus", "68d3947f", "nucleus/testdata/", "");
    assertEquals(URI.create("https://raw.githubusercontent.com/google/nucleus/68d3947f/nucleus/testdata/t.vcf.gz"),
        rule.url("na12878/truth/t.vcf.gz"));
    assertEquals("https://raw.githubusercontent.com/google/nucleus/68d3947f/nucleus/testdata/a%20b%23c.vcf",
        rule.url("na12878/truth/a b#c.vcf").toASCIIString(), "characters a URL may not hold are quoted");
  }

  @Test
  void pathsThatLeaveTheDataFolderAreRefused(@TempDir Path tmp) throws IOException {
    final Path src = Files.writeString(tmp.resolve("sources.tsv"), SOURCES);
    final Path bad = Files.writeString(tmp.resolve("MANIFEST.tsv"), "path\tbytes\tsha256\n../etc/passwd\t1\t"
        + Digests.sha256(new byte[] {1}) + "\n");
    final CatalogueException e = assertThrows(CatalogueException.class, () -> SharedDataSources.read(src, bad));
    assertTrue(e.getMessage().startsWith(bad + ":2: "), e.getMessage());
    final Path badRule = Files.writeString(tmp.resolve("rules.tsv"),
        "prefix\tkind\trepository\tcommit\tupstream\thow\nset-a/\tderived\t\t\t\t\n");
    final CatalogueException noHow = assertThrows(CatalogueException.class,
        () -> SharedDataSources.read(badRule, Files.writeString(tmp.resolve("m.tsv"), manifest(TRUTH, BED))));
    assertTrue(noHow.getMessage().contains(":2: ") && noHow.getMessage().contains("how"), noHow.getMessage());
  }
}
