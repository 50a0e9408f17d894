package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.registry.DemoPortal;
import dk.harness.simulate.CohortLayout;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads, intake results, isolation between units, size limits, and a whole round, over real HTTP. */
class PortalSubmissionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static List<HttpSession.FilePart> demoFiles(TestPortal p, String unit) throws Exception {
    final Path vcf = p.demo.cohort().resolve(CohortLayout.queryVcf(unit, "HG002"));
    final byte[] spec;
    try (InputStream in = DemoPortal.spec(unit)) {
      spec = in.readAllBytes();
    }
    return List.of(HttpSession.FilePart.of("vcf", vcf),
        HttpSession.FilePart.of("index", vcf.resolveSibling(vcf.getFileName() + ".tbi")),
        new HttpSession.FilePart("spec", "unit-" + unit + ".yaml", spec));
  }

  private static Map<String, String> fields(HttpSession s) {
    return Map.of("csrf", s.csrf(), "round", DemoPortal.ROUND, "sample", "HG002");
  }

  @Test
  void aUnitUploadsThroughTheFormAndSeesTheIntakeOnThePageAndAsJson() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"))) {
      final HttpSession north = p.login("north-user");
      assertEquals(200, north.get("/submit").status());
      final HttpSession.Response up = north.postMultipart("/submissions", fields(north), demoFiles(p, "north"));
      assertEquals(303, up.status(), up.body());
      final String location = up.header("Location");
      assertTrue(location.startsWith("/submissions/"), location);
      final HttpSession.Response page = north.get(location.replaceAll("\\?.*", ""));
      assertEquals(200, page.status());
      assertTrue(page.body().contains("Accepted"), page.body());
      assertTrue(page.body().contains("SHA256"), "the intake findings are listed");
      final String id = location.replaceAll("^/submissions/(\\d+).*", "$1");
      final JsonNode json = JSON.readTree(north.get("/api/submissions/" + id).body());
      assertTrue(json.get("accepted").asBoolean());
      final byte[] vcf = Files.readAllBytes(p.demo.cohort().resolve(CohortLayout.queryVcf("north", "HG002")));
      assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(vcf)),
          json.get("vcf_sha256").asText());
      assertEquals("HG002.vcf.gz", json.get("client_file_name").asText());
      assertTrue(json.get("findings").isArray() && json.get("findings").size() > 0);
    }
  }

  @Test
  void aScriptUploadsWithATokenAndARefusalSaysWhyAndHowToFixIt() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"))) {
      final String t = p.registry.accounts().createToken("test", p.registry.accounts().user("south-user")
          .orElseThrow(), "curl");
      final HttpSession curl = new HttpSession(p.base()).bearer(t);
      final HttpSession.Response ok = curl.postMultipart("/api/submissions", Map.of("round", DemoPortal.ROUND,
          "sample", "HG002"), demoFiles(p, "south"));
      assertEquals(201, ok.status(), ok.body());
      final String bad = "##fileformat=VCFv4.2\n##contig=<ID=chrQ,length=1000>\n"
          + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
          + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tHG002\nchrQ\t10\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";
      final HttpSession.Response refused = curl.postMultipart("/api/submissions", Map.of("round", DemoPortal.ROUND,
          "sample", "HG002"), List.of(new HttpSession.FilePart("vcf", "../../etc/passwd", bad.getBytes()),
          demoFiles(p, "south").get(2)));
      assertEquals(422, refused.status(), refused.body());
      final JsonNode j = JSON.readTree(refused.body());
      assertFalse(j.get("accepted").asBoolean());
      assertEquals(2, j.get("version").asInt(), "a re-submission is a new version");
      boolean errorWithFix = false;
      for (JsonNode f : j.get("findings")) {
        errorWithFix |= f.get("severity").asText().equals("ERROR") && !f.get("fix").asText("").isBlank();
      }
      assertTrue(errorWithFix, refused.body());
      assertFalse(refused.body().contains(p.data.toString()), "no server path in what the unit gets: "
          + refused.body());
      // The client's file name is kept as text; it never became a path.
      assertEquals("../../etc/passwd", j.get("client_file_name").asText());
      try (Stream<Path> files = Files.walk(p.data)) {
        assertTrue(files.noneMatch(f -> f.getFileName().toString().equals("passwd")));
      }
    }
  }

  @Test
  void aUnitCannotSeeAnotherUnitsSubmissionButTheCouncilCan() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"), true, c -> c)) {
      final long northId = p.registry.submissions().list("north").get(0).id();
      final HttpSession south = p.login("south-user");
      assertEquals(404, south.get("/submissions/" + northId).status());
      assertEquals(404, south.get("/api/submissions/" + northId).status());
      final JsonNode list = JSON.readTree(south.get("/api/submissions").body());
      assertEquals(1, list.size());
      assertEquals("south", list.get(0).get("unit").asText());
      assertFalse(south.get("/home").body().contains("/submissions/" + northId + "\""));
      final HttpSession north = p.login("north-user");
      assertEquals(200, north.get("/submissions/" + northId).status());
      final HttpSession council = p.login("council");
      assertEquals(200, council.get("/submissions/" + northId).status());
      assertEquals(5, JSON.readTree(council.get("/api/submissions").body()).size());
      assertEquals(404, south.get("/submissions/not-a-number").status());
    }
  }

  @Test
  void anUploadOverTheLimitIs413AndLeavesNothingOnDisk() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"), false, c -> c.withUploadLimit(4096))) {
      final HttpSession north = p.login("north-user");
      north.get("/submit");
      final byte[] big = new byte[64 * 1024];
      final HttpSession.Response r = north.postMultipart("/submissions", fields(north), List.of(
          new HttpSession.FilePart("vcf", "big.vcf", big), demoFiles(p, "north").get(2)));
      assertEquals(413, r.status(), r.body());
      final byte[] huge = new byte[(int) (3 * 4096 + (1 << 20)) + 10];
      final HttpSession.Response r2 = north.postMultipart("/submissions", fields(north), List.of(
          new HttpSession.FilePart("vcf", "huge.vcf", huge), demoFiles(p, "north").get(2)));
      assertEquals(413, r2.status());
      assertEquals(List.of(), p.registry.submissions().list(null));
      assertEquals(List.of(), files(p.data.resolve("tmp")));
      assertEquals(List.of(), files(p.data.resolve("blobs")));
    }
  }

  private static List<Path> files(Path d) throws Exception {
    if (!Files.exists(d)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(d)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void theOperatorRunsARoundAndTheCouncilReadsTheReportOnceItIsPublished() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"), true, c -> c)) {
      final HttpSession op = p.login("operator");
      op.get("/rounds/" + DemoPortal.ROUND);
      assertEquals(400, op.postFormWithCsrf("/rounds/" + DemoPortal.ROUND + "/run", Map.of()).status(),
          "an open round before its deadline is not run");
      assertEquals(303, op.postFormWithCsrf("/rounds/" + DemoPortal.ROUND + "/close", Map.of()).status());
      assertEquals(303, op.postFormWithCsrf("/rounds/" + DemoPortal.ROUND + "/run", Map.of()).status());
      String state = "running";
      for (int i = 0; i < 600 && state.equals("running"); i++) {
        Thread.sleep(200);
        state = p.registry.rounds().require(DemoPortal.ROUND).runState();
      }
      assertEquals("done", state, p.registry.rounds().require(DemoPortal.ROUND).runMessage() + "\n" + p.log);

      final HttpSession council = p.login("council");
      final HttpSession north = p.login("north-user");
      assertEquals(403, council.get("/rounds/" + DemoPortal.ROUND + "/report").status(), "not yet published");
      final JsonNode own = JSON.readTree(north.get("/api/rounds/" + DemoPortal.ROUND + "/results/north").body());
      assertEquals("HG002", own.get(0).get("sample").asText());
      assertTrue(own.get(0).get("verdict").isObject(), own.toString());
      assertEquals(404, north.get("/api/rounds/" + DemoPortal.ROUND + "/results/south").status());
      assertEquals(404, north.get("/rounds/" + DemoPortal.ROUND + "/results/south").status());

      assertEquals(303, op.postFormWithCsrf("/rounds/" + DemoPortal.ROUND + "/publish", Map.of()).status());
      final HttpSession.Response report = council.get("/rounds/" + DemoPortal.ROUND + "/report");
      assertEquals(200, report.status());
      assertTrue(report.body().contains("council report"), "the harness report HTML");
      assertTrue(report.header("Content-Security-Policy").contains("default-src 'none'"));
      assertFalse(report.header("Content-Security-Policy").contains("script-src"));
      assertEquals(200, council.get("/rounds/" + DemoPortal.ROUND + "/results/south").status());
      assertEquals(403, north.get("/rounds/" + DemoPortal.ROUND + "/report").status(), "units: only if allowed");
      assertEquals(303, op.postFormWithCsrf("/rounds/" + DemoPortal.ROUND + "/visibility",
          Map.of("units_may_see", "true")).status());
      assertEquals(200, north.get("/rounds/" + DemoPortal.ROUND + "/report").status());
      final List<String> actions = p.registry.audit().latest(100).stream().map(a -> a.action()).toList();
      assertTrue(actions.containsAll(List.of("round-closed", "run-started", "run-finished", "round-published",
          "permission-changed")), actions.toString());
    }
  }
}
