package dk.harness.workflow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dk.harness.catalog.Downloader;
import dk.harness.catalog.FetchListener;
import dk.harness.catalog.TruthSetCache;
import dk.harness.catalog.TruthSetCatalogue;
import dk.harness.catalog.TruthSetKind;
import dk.harness.core.sv.SvConfig;
import dk.harness.io.InputException;
import dk.harness.testdata.SharedTestData;
import dk.harness.testdata.TestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans with structural-variant parts: the keys of the SV contract, and what is refused (file, line, fix). */
class PlanSvPartsTest {
  private static final String PLAN = String.join("\n",
      "plan_version: 1",
      "sv_parameters: {passonly: true, refdist: 1000, pctseq: 0}",
      "truth_sets:",
      "  - id: small",
      "    version: v4.2.1",
      "    sample: HG002",
      "    vcf: truth/small.vcf.gz",
      "    reference: ref.fa",
      "  - id: sv",
      "    kind: structural-variant",
      "    version: tier1-v0.6",
      "    sample: HG002",
      "    vcf: truth/sv.vcf.gz",
      "    confident: truth/sv.bed",
      "submissions:",
      "  - unit: north",
      "    sample: HG002",
      "    pipeline: {name: p, version: \"1\"}",
      "    truth_set: small",
      "    vcf: north.vcf.gz",
      "  - unit: central",
      "    sample: HG002",
      "    pipeline: {name: p, version: \"1\"}",
      "    truth_set: small",
      "    sv_truth_set: sv",
      "    vcf: central-both.vcf.gz",
      "    vcf_sample: S1",
      "  - unit: south",
      "    sample: HG002",
      "    pipeline: {name: p, version: \"1\"}",
      "    sv_truth_set: sv",
      "    sv_vcf: south-sv.vcf.gz",
      "    sv_index: south-sv.vcf.gz.csi",
      "    sv_vcf_sample: S2",
      "");

  private static Path write(String name, String text) throws IOException {
    final Path p = TestFiles.scratch("plan-sv-" + name).resolve("plan.yaml");
    Files.writeString(p, text);
    return p;
  }

  private static InputException error(String name, String text) throws IOException {
    final Path p = write(name, text);
    final InputException e = assertThrows(InputException.class, () -> new PlanReader(1).read(p));
    assertEquals(p, e.file(), e.getMessage());
    assertTrue(e.fix() != null && !e.fix().isBlank(), e.getMessage());
    return e;
  }

  @Test
  void submissionsCarrySmallSvOrBothParts() throws IOException {
    final Path p = write("valid", PLAN);
    final Plan plan = new PlanReader(1).read(p);
    final Path dir = p.getParent();
    final PlanTruthSet sv = plan.truthSet("sv").orElseThrow();
    assertEquals(TruthSetKind.STRUCTURAL_VARIANT, sv.kind());
    assertNull(sv.reference(), "an SV truth set needs no reference");
    assertEquals(dir.resolve("truth/sv.bed"), sv.confident());
    assertEquals(TruthSetKind.SMALL_VARIANT, plan.truthSet("small").orElseThrow().kind());

    final PlanSubmission north = plan.submissions().get(0);
    assertEquals(1, north.parts().size());
    assertFalse(north.parts().get(0).structural());
    assertEquals(Path.of("north", "HG002"), north.parts().get(0).folder());

    // One VCF with both: the SV engine reads the same file and sample column.
    final List<SubmissionPart> both = plan.submissions().get(1).parts();
    assertEquals(2, both.size());
    assertEquals("small", both.get(0).truthSetId());
    assertEquals("sv", both.get(1).truthSetId());
    assertEquals(dir.resolve("central-both.vcf.gz"), both.get(1).vcf());
    assertEquals("S1", both.get(1).vcfSample());
    assertEquals(Path.of("central", "HG002", "sv"), both.get(1).folder());
    assertEquals("central/HG002/sv", both.get(1).key());

    final PlanSubmission south = plan.submissions().get(2);
    assertNull(south.truthSetId());
    assertNull(south.vcf());
    final SubmissionPart s = south.parts().get(0);
    assertEquals(1, south.parts().size());
    assertEquals(dir.resolve("south-sv.vcf.gz"), s.vcf());
    assertEquals(dir.resolve("south-sv.vcf.gz.csi"), s.index());
    assertEquals("S2", s.vcfSample());
    assertEquals(4, plan.parts().size());

    final SvConfig c = plan.svConfig();
    assertTrue(c.passonly());
    assertEquals(1000, c.refdist());
    assertEquals(0.0, c.pctseq());
    assertEquals(SvConfig.defaults().pctsize(), c.pctsize());
    assertEquals(SvConfig.defaults().sizemax(), c.sizemax());
  }

  @Test
  void planWithoutSvKeysHasTruvariDefaultsAndOnlySmallParts() throws IOException {
    final String old = PLAN.replace("sv_parameters: {passonly: true, refdist: 1000, pctseq: 0}\n", "")
        .substring(0, PLAN.indexOf("  - unit: central") - "sv_parameters: {passonly: true, refdist: 1000, pctseq: 0}\n"
            .length());
    final Plan plan = new PlanReader(1).read(write("old", old));
    assertEquals(SvConfig.defaults(), plan.svConfig());
    assertEquals(1, plan.parts().size());
    assertFalse(plan.parts().get(0).structural());
  }

  @Test
  void sizeminAloneLowersSizefiltAsTruvariDoes() throws IOException {
    final Plan plan = new PlanReader(1).read(write("sizemin", PLAN.replace("pctseq: 0}", "pctseq: 0, sizemin: 10}")));
    assertEquals(10, plan.svConfig().sizemin());
    assertEquals(10, plan.svConfig().sizefilt());
  }

  @Test
  void svTruthSetNamingASmallVariantSetIsRefused() throws IOException {
    final InputException e = error("sv-names-small", PLAN.replace("    sv_truth_set: sv\n    vcf: central",
        "    sv_truth_set: small\n    vcf: central"));
    assertEquals(25, e.line());
    assertTrue(e.problem().contains("submissions[1].sv_truth_set: truth set 'small' is a small-variant set"),
        e.problem());
  }

  @Test
  void truthSetNamingAnSvSetIsRefused() throws IOException {
    final InputException e = error("small-names-sv", PLAN.replace("    truth_set: small\n    vcf: north",
        "    truth_set: sv\n    vcf: north"));
    assertEquals(19, e.line());
    assertTrue(e.problem().contains("submissions[0].truth_set: truth set 'sv' is a structural-variant set"),
        e.problem());
    assertTrue(e.fix().contains("sv_truth_set"), e.fix());
  }

  @Test
  void svVcfWithoutSvTruthSetIsRefused() throws IOException {
    final InputException e = error("sv-vcf-alone", PLAN.replace("    vcf: north.vcf.gz\n",
        "    vcf: north.vcf.gz\n    sv_vcf: north-sv.vcf.gz\n"));
    assertEquals(21, e.line());
    assertTrue(e.problem().contains("submissions[0].sv_vcf: sv_vcf is given but no sv_truth_set"), e.problem());
  }

  @Test
  void submissionWithNeitherPartIsRefused() throws IOException {
    final InputException e = error("no-part", PLAN.replace("    truth_set: small\n    vcf: north", "    vcf: north"));
    assertEquals(16, e.line());
    assertTrue(e.problem().contains("submissions[0]: 'truth_set' is missing (and there is no sv_truth_set)"),
        e.problem());
  }

  @Test
  void unknownSvParameterIsRefusedWithTheKnownOnes() throws IOException {
    final InputException e = error("sv-key", PLAN.replace("pctseq: 0}", "pctseq: 0, chunk: 5}"));
    assertEquals(2, e.line());
    assertTrue(e.problem().contains("sv_parameters.chunk: unknown SV parameter 'chunk'"), e.problem());
    assertTrue(e.fix().contains("refdist"), e.fix());
  }

  @Test
  void badSvParameterValuesAreRefused() throws IOException {
    assertTrue(error("pctseq", PLAN.replace("pctseq: 0}", "pctseq: 1.5}")).problem()
        .contains("sv_parameters.pctseq: pctseq must be a number from 0 to 1"));
    assertTrue(error("refdist", PLAN.replace("refdist: 1000", "refdist: -3")).problem()
        .contains("sv_parameters.refdist: refdist must be a whole number of at least 0"));
    assertTrue(error("passonly", PLAN.replace("passonly: true", "passonly: yes-please")).problem()
        .contains("sv_parameters.passonly: passonly must be true or false"));
    assertTrue(error("pick", PLAN.replace("pctseq: 0}", "pctseq: 0, pick: best}")).problem()
        .contains("sv_parameters.pick: pick 'best' is not single, ac or multi"));
    assertTrue(error("extend", PLAN.replace("pctseq: 0}", "pctseq: 0, extend: 10}")
        .replace("    confident: truth/sv.bed\n", "")).problem().contains("sv_parameters.extend: extend widens"));
  }

  @Test
  void unknownTruthSetKindIsRefused() throws IOException {
    final InputException e = error("kind", PLAN.replace("kind: structural-variant", "kind: stratification"));
    assertEquals(10, e.line());
    assertTrue(e.problem().contains("truth_sets[1].kind: kind 'stratification' is not"), e.problem());
  }

  @Test
  void smallVariantTruthSetStillNeedsAReference() throws IOException {
    final InputException e = error("no-ref", PLAN.replace("    reference: ref.fa\n", ""));
    assertTrue(e.problem().contains("truth_sets[0]: 'reference' is missing"), e.problem());
  }

  /** A catalogue entry of kind structural-variant is a plan truth set when a submission names it as sv_truth_set. */
  @Test
  void catalogueSvEntryIsAcceptedAsSvTruthSet() throws Exception {
    final Path data = SharedTestData.require("hg002-chr21-sv/truth");
    final Path dir = TestFiles.scratch("plan-sv-catalogue");
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
          "  - id: test-hg002-sv",
          "    sample: HG002",
          "    release: \"v0.6-test\"",
          "    build: GRCh37",
          "    kind: structural-variant",
          "    licence: \"test\"",
          "    citation: \"test\"",
          "    checksum_note: \"test files, trust on first use\"",
          "    files:",
          "      - {role: vcf, url: " + base + "HG002_SVs_Tier1_v0.6.chr21.vcf.gz, md5: null, sha256: null, size: null}",
          "      - {role: vcf_index, url: " + base + "HG002_SVs_Tier1_v0.6.chr21.vcf.gz.tbi, md5: null, sha256: null, "
              + "size: null}",
          "      - {role: bed, url: " + base + "HG002_SVs_Tier1_v0.6.chr21.bed, md5: null, sha256: null, size: null}",
          ""));
      final TruthSetCatalogue cat = TruthSetCatalogue.load(catalogue);
      new TruthSetCache(dir.resolve("cache")).fetch(cat.require("test-hg002-sv"), Downloader.direct(),
          FetchListener.NONE);
      final String plan = String.join("\n",
          "plan_version: 1",
          "catalogue: catalogue.yaml",
          "truth_set_cache: cache",
          "truth_sets:",
          "  - id: test-hg002-sv",
          "submissions:",
          "  - unit: north",
          "    sample: HG002",
          "    pipeline: {name: p, version: \"1\"}",
          "    sv_truth_set: test-hg002-sv",
          "    sv_vcf: calls.vcf.gz",
          "");
      final Path planFile = dir.resolve("plan.yaml");
      Files.writeString(planFile, plan);
      final PlanTruthSet t = new PlanReader(1).read(planFile).truthSets().get(0);
      assertEquals(TruthSetKind.STRUCTURAL_VARIANT, t.kind());
      assertEquals("v0.6-test", t.version());
      assertNull(t.reference());
      assertEquals(Files.size(data.resolve("HG002_SVs_Tier1_v0.6.chr21.bed")), Files.size(t.confident()));
      // Named as a small-variant truth set it is still refused, with the way out.
      Files.writeString(planFile, plan.replace("    sv_truth_set: test-hg002-sv\n    sv_vcf: calls.vcf.gz",
          "    truth_set: test-hg002-sv\n    vcf: calls.vcf.gz"));
      final InputException e = assertThrows(InputException.class, () -> new PlanReader(1).read(planFile));
      assertTrue(e.getMessage().contains("is a structural-variant set"), e.getMessage());
      assertTrue(e.fix().contains("sv_truth_set"), e.fix());
    } finally {
      server.stop(0);
    }
  }
}
