package dk.harness.workflow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dk.harness.catalog.Downloader;
import dk.harness.catalog.FetchListener;
import dk.harness.catalog.TruthSetCache;
import dk.harness.catalog.TruthSetCatalogue;
import dk.harness.io.InputException;
import dk.harness.testdata.TestFiles;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A plan naming a catalogue truth set gets its files from the truth-set cache, its version from the catalogue. */
class CatalogueTruthSetTest {
  @Test
  void catalogueTruthSetResolvesThroughTheCache() throws Exception {
    final Path data = TestFiles.na12878().resolve("truth_and_reference");
    assumeTrue(Files.isDirectory(data), "shared data missing: " + data);
    final Path dir = TestFiles.scratch("plan-catalogue");
    // Serve the NA12878 truth files over a loopback HTTP server, as GIAB's FTP would.
    final HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      final Path f = data.resolve(ex.getRequestURI().getPath().substring(1));
      if (!Files.isRegularFile(f)) {
        ex.sendResponseHeaders(404, -1);
        ex.close();
        return;
      }
      ex.sendResponseHeaders(200, Files.size(f));
      try (OutputStream out = ex.getResponseBody()) {
        Files.copy(f, out);
      }
    });
    server.start();
    try {
      final String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      final Path catalogue = dir.resolve("catalogue.yaml");
      Files.writeString(catalogue, String.join("\n",
          "catalogue_version: 0.0.1",
          "changelog: [\"test\"]",
          "truth_sets:",
          "  - id: test-hg001-chr20",
          "    sample: HG001",
          "    release: \"NIST-test\"",
          "    build: GRCh37",
          "    kind: small-variant",
          "    licence: \"test\"",
          "    citation: \"test\"",
          "    checksum_note: \"test files, trust on first use\"",
          "    files:",
          "      - {role: vcf, url: " + base + "test_nist.b37_chr20_100kbp_at_10mb.vcf.gz, md5: null, sha256: null, "
              + "size: null}",
          "      - {role: vcf_index, url: " + base + "test_nist.b37_chr20_100kbp_at_10mb.vcf.gz.tbi, md5: null, "
              + "sha256: null, size: null}",
          "      - {role: bed, url: " + base + "test_nist.b37_chr20_100kbp_at_10mb.bed, md5: null, sha256: null, "
              + "size: null}",
          ""));
      final String plan = String.join("\n",
          "plan_version: 1",
          "catalogue: catalogue.yaml",
          "truth_set_cache: cache",
          "truth_sets:",
          "  - id: test-hg001-chr20",
          "    reference: " + data.resolve("ucsc.hg19.chr20.unittest.fasta.gz"),
          "submissions:",
          "  - unit: north",
          "    sample: HG001",
          "    pipeline: {name: p, version: \"1\"}",
          "    truth_set: test-hg001-chr20",
          "    vcf: calls.vcf.gz",
          "");
      final Path planFile = dir.resolve("plan.yaml");
      Files.writeString(planFile, plan);
      // Not fetched yet: the plan names the command that fetches it.
      final InputException e = assertThrows(InputException.class, () -> new PlanReader(1).read(planFile));
      assertEquals(5, e.line());
      assertTrue(e.getMessage().contains("harness truth-sets fetch test-hg001-chr20"), e.getMessage());

      final TruthSetCatalogue cat = TruthSetCatalogue.load(catalogue);
      new TruthSetCache(dir.resolve("cache")).fetch(cat.require("test-hg001-chr20"), Downloader.direct(),
          FetchListener.NONE);
      final PlanTruthSet t = new PlanReader(1).read(planFile).truthSets().get(0);
      assertEquals("NIST-test", t.version());
      assertEquals("test-hg001-chr20", t.catalogueId());
      assertEquals("HG001", t.sample());
      assertEquals("GRCh37", t.build());
      assertEquals(dir.resolve("cache/test-hg001-chr20/test_nist.b37_chr20_100kbp_at_10mb.vcf.gz"), t.vcf());
      assertEquals(Files.readAllBytes(data.resolve("test_nist.b37_chr20_100kbp_at_10mb.bed")).length,
          Files.size(t.confident()));
      // Fields the catalogue owns may not be overridden.
      Files.writeString(planFile, plan.replace("  - id: test-hg001-chr20\n", "  - id: test-hg001-chr20\n"
          + "    version: mine\n"));
      assertTrue(assertThrows(InputException.class, () -> new PlanReader(1).read(planFile)).problem()
          .contains("'version' comes from the catalogue"));
    } finally {
      server.stop(0);
    }
  }

  /** A structural-variant entry named where a plan expects a small-variant truth set is refused before any fetch. */
  @Test
  void structuralVariantEntryIsRefusedAsAPlanTruthSet() throws Exception {
    final Path dir = TestFiles.scratch("plan-catalogue-sv");
    Files.writeString(dir.resolve("catalogue.yaml"), String.join("\n",
        "catalogue_version: 0.0.1",
        "changelog: [\"test\"]",
        "truth_sets:",
        "  - id: test-hg002-sv",
        "    sample: HG002",
        "    release: \"NIST-test\"",
        "    build: GRCh37",
        "    kind: structural-variant",
        "    licence: \"test\"",
        "    citation: \"test\"",
        "    checksum_note: \"test\"",
        "    files:",
        "      - {role: vcf, url: http://127.0.0.1:9/sv.vcf.gz, md5: null, sha256: null, size: null}",
        "      - {role: vcf_index, url: http://127.0.0.1:9/sv.vcf.gz.tbi, md5: null, sha256: null, size: null}",
        "      - {role: bed, url: http://127.0.0.1:9/sv.bed, md5: null, sha256: null, size: null}",
        ""));
    final Path planFile = dir.resolve("plan.yaml");
    Files.writeString(planFile, String.join("\n",
        "plan_version: 1",
        "catalogue: catalogue.yaml",
        "truth_set_cache: cache",
        "truth_sets:",
        "  - id: test-hg002-sv",
        "    reference: ref.fa",
        "submissions:",
        "  - unit: north",
        "    sample: HG002",
        "    pipeline: {name: p, version: \"1\"}",
        "    truth_set: test-hg002-sv",
        "    vcf: calls.vcf.gz",
        ""));
    final InputException e = assertThrows(InputException.class, () -> new PlanReader(1).read(planFile));
    assertEquals(5, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("'test-hg002-sv' is a structural-variant set"), e.getMessage());
    assertTrue(e.getMessage().contains("harness compare-sv"), e.getMessage());
  }
}
