package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dk.harness.catalog.SharedDataSources;
import dk.harness.testdata.SharedTestData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code harness test-data fetch} with the committed lists in test-data/. */
class TestDataCommandTest {
  private static Path lists(String name) {
    return SharedTestData.repositoryRoot().resolve("test-data").resolve(name);
  }

  @Test
  void theCommittedListsGiveEveryFileARuleAndUseEveryRule() {
    final SharedDataSources s = SharedDataSources.read(lists("sources.tsv"), lists("MANIFEST.tsv"));
    assertTrue(s.entries().size() > 1000, "the manifest lists the whole shared data: " + s.entries().size());
    final List<String> uncovered = s.entries().stream().filter(e -> e.rule() == null)
        .map(SharedDataSources.Entry::path).toList();
    assertEquals(List.of(), uncovered);
    final Set<SharedDataSources.Rule> used = s.entries().stream().map(SharedDataSources.Entry::rule)
        .collect(Collectors.toSet());
    final List<String> unused = s.rules().stream().filter(r -> !used.contains(r)).map(r -> r.line() + ": "
        + r.prefix()).toList();
    assertEquals(List.of(), unused, "rules that cover no file are stale");
  }

  @Test
  void theCommittedManifestIsTheSharedDataManifestsFirstThreeColumns() throws IOException {
    final List<String> shared = Files.readAllLines(SharedTestData.require("MANIFEST.tsv")).stream()
        .map(l -> String.join("\t", List.of(l.split("\t", -1)).subList(0, 3))).toList();
    assertEquals(shared, Files.readAllLines(lists("MANIFEST.tsv")),
        "test-data/MANIFEST.tsv is out of date: regenerate it with cut -f1-3 ../shared/data/MANIFEST.tsv");
  }

  @Test
  void aDryRunNeedsNoDataAndSaysWhatCannotBeFetchedAndHow() throws IOException {
    final Path dest = TestData.scratch("test-data-dry").resolve("data");
    final TestData.Run run = TestData.run("test-data", "fetch", "--dry-run", "--set", "vcf-dialects",
        "--dest", dest.toString(), "--sources", lists("sources.tsv").toString(),
        "--manifest", lists("MANIFEST.tsv").toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("excerpt of HKU-BAL/Clair3"), run.stdout());
    assertTrue(run.stdout().contains("sed '1s/^>chr20/>20/'"), "the renamed reference says how: " + run.stdout());
    assertTrue(run.stderr().contains("would fetch https://raw.githubusercontent.com/"), run.stderr());
    assertTrue(!Files.exists(dest), "a dry run writes nothing");
  }

  /**
   * The whole path on real bytes: a loopback server answers each public URL of one set with the shared copy of that
   * file, so every sha256 of the committed manifest is checked against real data.
   */
  @Test
  void fetchesARealSetThroughAMirrorAndVerifiesEveryFile() throws IOException {
    final Path data = SharedTestData.root();
    final SharedDataSources s = SharedDataSources.read(lists("sources.tsv"), lists("MANIFEST.tsv"));
    final Map<String, Path> byUrlPath = new HashMap<>();
    final Set<String> fetchable = new HashSet<>();
    for (SharedDataSources.Entry e : s.entries()) {
      if (e.set().equals("na12878-hg19-chr20-10mb") && e.rule().kind() == SharedDataSources.Kind.GITHUB) {
        byUrlPath.put(e.rule().url(e.path()).getPath(), data.resolve(e.path()));
        fetchable.add(e.path());
      }
    }
    final HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      final Path f = byUrlPath.get(ex.getRequestURI().getPath());
      if (f == null) {
        ex.sendResponseHeaders(404, -1);
      } else {
        final byte[] body = Files.readAllBytes(f);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
      ex.close();
    });
    server.start();
    try {
      final Path dest = TestData.scratch("test-data-fetch").resolve("data");
      final String mirror = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      final String[] args = {"test-data", "fetch", "--quiet", "--set", "na12878-hg19-chr20-10mb", "--dest",
          dest.toString(), "--mirror", mirror, "--sources", lists("sources.tsv").toString(), "--manifest",
          lists("MANIFEST.tsv").toString()};
      final TestData.Run run = TestData.run(args);
      assertEquals(0, run.exitCode(), run.stderr());
      assertTrue(run.stdout().startsWith("fetched " + fetchable.size() + ", already present 0, failed 0"),
          run.stdout());
      for (String p : fetchable) {
        assertArrayEquals(Files.readAllBytes(data.resolve(p)), Files.readAllBytes(dest.resolve(p)), p);
      }
      assertTrue(run.stdout().contains("rename-chrs"), "the derived queries are listed: " + run.stdout());
      final TestData.Run again = TestData.run(args);
      assertEquals(0, again.exitCode(), again.stderr());
      assertTrue(again.stdout().startsWith("fetched 0, already present " + fetchable.size()), again.stdout());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aFileThatFailsItsChecksumExitsWith2AndIsNotStored() throws IOException {
    final Path dir = TestData.scratch("test-data-bad");
    final Path sources = Files.writeString(dir.resolve("sources.tsv"),
        "prefix\tkind\trepository\tcommit\tupstream\thow\nset/\tgithub\to/r\tabcdef1\t\t\n");
    final Path manifest = Files.writeString(dir.resolve("MANIFEST.tsv"), "path\tbytes\tsha256\nset/a.vcf\t5\t"
        + "0".repeat(64) + "\n");
    final HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ex.sendResponseHeaders(200, 5);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      }
      ex.close();
    });
    server.start();
    try {
      final Path dest = dir.resolve("data");
      final TestData.Run run = TestData.run("test-data", "fetch", "--quiet", "--dest", dest.toString(), "--mirror",
          "http://127.0.0.1:" + server.getAddress().getPort() + "/", "--sources", sources.toString(), "--manifest",
          manifest.toString());
      assertEquals(2, run.exitCode(), run.stderr());
      final List<String> err = run.stderrLines();
      assertTrue(err.get(0).startsWith("harness: failed: ") && err.get(0).contains("sha256"), run.stderr());
      assertTrue(err.get(err.size() - 1).startsWith("harness: error: " + dest), run.stderr());
      assertTrue(!Files.exists(dest.resolve("set/a.vcf")) && !Files.exists(dest.resolve("set/a.vcf.part")));
    } finally {
      server.stop(0);
    }
  }
}
