package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.registry.DemoPortal;
import dk.harness.registry.Role;
import dk.harness.registry.SubmissionRecord;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input over real HTTP: markup in every field a user controls, path tricks and odd bytes in upload names,
 * oversized, truncated and slow uploads, forged CSRF tokens, revoked tokens replayed, secrets kept out of the logs,
 * and the security headers on every kind of response.
 */
class PortalHostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROUND = DemoPortal.ROUND;

  @TempDir
  Path dir;

  /** Markup that would run or inject if a page printed it raw; {@code tag} says which field it came through. */
  private static String xss(String tag) {
    return "<script>alert('" + tag + "')</script>\"'><img src=x onerror=alert('" + tag + "')>";
  }

  /** The escaped form of {@code <script>alert('tag')</script>}, quotes left as they are. */
  private static String escaped(String tag) {
    return "&lt;script&gt;alert('" + tag + "')&lt;/script&gt;";
  }

  private static void assertNoRawMarkup(String where, String html) {
    final String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), where + " has a script element: " + excerpt(html, "<script"));
    assertFalse(lower.contains("<img src=x"), where + " has an injected element: " + excerpt(html, "<img src=x"));
  }

  private static String excerpt(String s, String at) {
    final int i = s.toLowerCase(Locale.ROOT).indexOf(at);
    return i < 0 ? "" : s.substring(Math.max(0, i - 80), Math.min(s.length(), i + 120));
  }

  private static byte[] spec(String unit) throws Exception {
    try (InputStream in = DemoPortal.spec(unit)) {
      return in.readAllBytes();
    }
  }

  @Test
  void markupInEveryUserControlledFieldIsShownEscapedOnEveryPage() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"), true, c -> c)) {
      final HttpSession op = p.login("operator");
      op.get("/admin");
      // Unit names (ids are restricted to a safe alphabet; the display name is free text).
      assertEquals(303, op.postFormWithCsrf("/admin/units", Map.of("id", "xss", "name", xss("unitname"))).status());
      // A log-in name with markup is refused, and the refusal that quotes it is escaped.
      final HttpSession.Response badLogin = op.postFormWithCsrf("/admin/users", Map.of("login", xss("login"),
          "role", "unit", "unit", "xss"));
      assertEquals(400, badLogin.status(), badLogin.body());
      assertNoRawMarkup("refused log-in", badLogin.body());
      op.get("/admin");
      // A round title.
      assertEquals(303, op.postFormWithCsrf("/rounds", Map.of("id", "xss-round", "title", xss("roundtitle"),
          "deadline", "2099-01-01T00:00", "truth_sets", Files.readString(p.demo.cohort().resolve("truth-sets.yaml"))))
          .status());
      // A token label.
      final HttpSession north = p.login("north-user");
      north.get("/account");
      assertEquals(200, north.postFormWithCsrf("/account/tokens", Map.of("label", xss("tokenlabel"))).status());

      // An upload: the file name, the spec's pipeline name, the VCF's header text and sample name, the form's
      // sample and vcf_sample fields.
      final String specText = new String(spec("north"), StandardCharsets.UTF_8)
          .replace("name: north-germline-wgs", "name: \"" + xss("specname").replace("\"", "\\\"") + "\"");
      final Path vcf = p.demo.cohort().resolve(dk.harness.simulate.CohortLayout.queryVcf("north", "HG002"));
      north.get("/submit");
      final HttpSession.Response up = north.postMultipart("/submissions", Map.of("csrf", north.csrf(), "round",
          ROUND, "sample", "HG002"), List.of(new HttpSession.FilePart("vcf",
          xss("filename").replace("\"", "%22") + ".vcf.gz", Files.readAllBytes(vcf)), HttpSession.FilePart.of("index", vcf.resolveSibling(vcf.getFileName() + ".tbi")),
          new HttpSession.FilePart("spec", "s.yaml", specText.getBytes(StandardCharsets.UTF_8))));
      assertEquals(303, up.status(), up.body());
      final String plain = "##fileformat=VCFv4.2\n##source=" + xss("header") + "\n"
          + "##contig=<ID=chrQ,length=1000>\n"
          + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"" + xss("headerdesc") + "\">\n"
          + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + xss("vcfsample") + "\n"
          + "chrQ\t10\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";
      final HttpSession.Response refused = north.postMultipart("/submissions", Map.of("csrf", north.csrf(), "round",
          ROUND, "sample", "HG002", "vcf_sample", xss("vcfsamplefield")), List.of(new HttpSession.FilePart("vcf",
          "plain.vcf", plain.getBytes(StandardCharsets.UTF_8)), new HttpSession.FilePart("spec", "s.yaml",
          specText.getBytes(StandardCharsets.UTF_8))));
      assertEquals(303, refused.status(), refused.body());
      final HttpSession.Response badSample = north.postMultipart("/submissions", Map.of("csrf", north.csrf(),
          "round", ROUND, "sample", xss("samplefield")), List.of(new HttpSession.FilePart("vcf", "plain.vcf",
          plain.getBytes(StandardCharsets.UTF_8)), new HttpSession.FilePart("spec", "s.yaml", spec("north"))));
      assertTrue(badSample.status() == 303 || badSample.status() == 400, badSample.status() + badSample.body());
      assertNoRawMarkup("refused sample", badSample.body());

      final List<SubmissionRecord> subs = p.registry.submissions().list("north");
      final List<String> pages = new ArrayList<>(List.of("/home", "/account", "/rounds/" + ROUND,
          "/rounds/xss-round", "/submit", "/home?msg=" + URLEncoder.encode(xss("notice"), StandardCharsets.UTF_8)));
      subs.forEach(s -> pages.add("/submissions/" + s.id()));
      final Map<String, String> seen = new LinkedHashMap<>();
      for (HttpSession who : List.of(north, op, p.login("council"))) {
        for (String page : pages) {
          final HttpSession.Response r = who.get(page);
          if (r.status() == 200) {
            assertNoRawMarkup(page, r.body());
            seen.merge(page, r.body(), String::concat);
          }
        }
      }
      final HttpSession.Response admin = op.get("/admin");
      assertNoRawMarkup("/admin", admin.body());
      final String all = String.join("\n", seen.values()) + admin.body();
      // Each field came back somewhere, escaped: the check above is not passing on pages that dropped it.
      // (Text content escapes <, > and &; quotes only in attributes, so they are compared unescaped.)
      final String unquoted = all.replace("&#39;", "'").replace("&#34;", "\"");
      for (String tag : List.of("unitname", "roundtitle", "tokenlabel", "filename", "specname", "notice")) {
        assertTrue(unquoted.contains(escaped(tag)), tag + " is shown, escaped");
      }
      // The VCF's own text reaches the findings of the refused submission (as text) or not at all.
      for (String tag : List.of("header", "headerdesc", "vcfsample", "vcfsamplefield")) {
        assertFalse(all.contains("alert('" + tag + "')</script>"), tag);
      }
      // JSON carries the text as data, with a JSON content type browsers do not sniff into HTML.
      final HttpSession.Response json = north.get("/api/submissions/" + subs.get(subs.size() - 1).id());
      assertTrue(json.header("Content-Type").startsWith("application/json"), json.header("Content-Type"));
      assertEquals("nosniff", json.header("X-Content-Type-Options"));
    }
  }

  @Test
  void uploadNamesWithPathTricksAndOddBytesNeverBecomePaths() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"))) {
      final String t = p.registry.accounts().createToken("test", p.registry.accounts().user("north-user")
          .orElseThrow(), "curl");
      final List<HttpSession.FilePart> files = PortalFixtures.demoFiles(p, "north");
      final List<String> names = List.of("../../../../tmp/escaped-portal.vcf.gz", "..\\..\\escaped.vcf.gz",
          "/etc/passwd", "a\u0000b.vcf.gz", "evil\u202egz.fcv", "%2e%2e%2fescaped.vcf.gz", "CON", "  ",
          "a;b|c`d$(id).vcf.gz", "\u00e6\u00f8\u00e5-\u4e2d.vcf.gz");
      final List<String> stored = new ArrayList<>();
      for (String name : names) {
        // A new connection each: after refusing a malformed body the server may close the one it came on.
        final HttpSession.Response r = new HttpSession(p.base()).bearer(t).postMultipart("/api/submissions",
            Map.of("round", ROUND, "sample", "HG002"), List.of(new HttpSession.FilePart("vcf", name,
            files.get(0).bytes()), files.get(1), files.get(2)));
        // A name the multipart parser cannot take (a NUL byte) is the client's error: 400, not 500.
        assertTrue(r.status() == 201 || r.status() == 400 || r.status() == 422, name + " -> " + r.status() + " "
            + r.body() + "\n" + p.log);
        if (r.status() == 201) {
          stored.add(JSON.readTree(r.body()).get("client_file_name").asText());
        }
      }
      assertTrue(stored.size() >= names.size() - 3, "most odd names are kept as text: " + stored);
      assertFalse(Files.exists(Path.of("/tmp/escaped-portal.vcf.gz")));
      // Everything the server wrote is content-addressed or its own bookkeeping; no client name became a file.
      try (Stream<Path> walk = Files.walk(p.data)) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          final String n = f.getFileName().toString();
          assertFalse(n.contains("escaped") || n.contains("passwd") || n.contains("evil") || n.contains("$(")
              || n.contains("\u00e6"), "a client's name became a file: " + f);
        }
      }
      assertFalse(Files.exists(p.data.getParent().resolve("escaped.vcf.gz")));
    }
  }

  /** Sends raw bytes and returns what came back (empty when the server closed without answering). */
  private static String raw(int port, byte[] head, byte[] body, int bodyBytesToSend, long pauseMillis,
      int readTimeoutMillis) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(readTimeoutMillis);
      final OutputStream out = s.getOutputStream();
      out.write(head);
      out.write(body, 0, bodyBytesToSend);
      out.flush();
      if (pauseMillis > 0) {
        Thread.sleep(pauseMillis);
      } else {
        s.shutdownOutput();
      }
      final byte[] answer = s.getInputStream().readAllBytes();
      return new String(answer, StandardCharsets.ISO_8859_1);
    }
  }

  private static byte[] multipartBody(String boundary, byte[] vcf, byte[] spec) throws Exception {
    final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String[] f : new String[][] {{"round", ROUND}, {"sample", "HG002"}}) {
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
          + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"spec\"; filename=\"s.yaml\"\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.write(spec);
    out.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"vcf\"; filename=\"x.vcf.gz\"\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.write(vcf);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] head(String token, String boundary, long length) {
    return ("POST /api/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static List<Path> leftovers(Path data) throws Exception {
    final List<Path> out = new ArrayList<>();
    for (String d : List.of("tmp", "blobs", "submissions")) {
      final Path p = data.resolve(d);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).forEach(out::add);
        }
      }
    }
    return out;
  }

  private static ServerConfig idleTimeoutOf2Seconds(ServerConfig c) {
    try {
      return c.with(null, Map.of("HARNESS_SERVE_IDLE_TIMEOUT_SECONDS", "2"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void truncatedAndSlowUploadsLeaveNothingBehind() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"), false,
        PortalHostileInputTest::idleTimeoutOf2Seconds)) {
      final String t = p.registry.accounts().createToken("test", p.registry.accounts().user("north-user")
          .orElseThrow(), "curl");
      final List<HttpSession.FilePart> files = PortalFixtures.demoFiles(p, "north");
      final String boundary = "hostileboundary42";
      final byte[] body = multipartBody(boundary, files.get(0).bytes(), files.get(2).bytes());
      final List<Path> before = leftovers(p.data);

      // Truncated: the client says N bytes, sends half, and hangs up.
      final String cut = raw(p.server.port(), head(t, boundary, body.length), body, body.length / 2, 0, 20_000);
      assertFalse(cut.startsWith("HTTP/1.1 201"), cut);
      // Slow: the client sends half and then goes quiet; the server gives up after its idle timeout.
      final long start = System.nanoTime();
      final String slow = raw(p.server.port(), head(t, boundary, body.length), body, body.length / 2, 8_000, 8_000);
      final long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      assertFalse(slow.startsWith("HTTP/1.1 201"), slow);
      assertTrue(seconds >= 7, "the pause ran its course: " + seconds);
      Thread.sleep(1000);
      assertEquals(List.of(), p.registry.submissions().list(null), "no partial submission kept");
      assertEquals(before, leftovers(p.data), "no partial file kept");
      // And a slow client that goes quiet longer than the idle timeout has its connection closed by the server.
      try (Socket s = new Socket("127.0.0.1", p.server.port())) {
        s.setSoTimeout(15_000);
        s.getOutputStream().write(head(t, boundary, body.length));
        s.getOutputStream().write(body, 0, 100);
        s.getOutputStream().flush();
        final long t0 = System.nanoTime();
        final byte[] answer = s.getInputStream().readAllBytes();
        final long waited = (System.nanoTime() - t0) / 1_000_000L;
        final String said = new String(answer, StandardCharsets.ISO_8859_1);
        assertTrue(waited < 12_000, "closed by the server's 2 s idle timeout, not by the client: " + waited + " ms; "
            + said);
        // Either the connection is just closed, or the client is told its upload stalled (never a server error).
        assertTrue(said.isEmpty() || said.startsWith("HTTP/1.1 408"), said);
      }
      Thread.sleep(500);
      assertEquals(before, leftovers(p.data));
      // The server still works after all that.
      assertEquals(201, new HttpSession(p.base()).bearer(t).postMultipart("/api/submissions", Map.of("round",
          ROUND, "sample", "HG002"), files).status());
    }
  }

  @Test
  void anOversizedUploadIs413ForBrowsersAndScriptsAndKeepsNothing() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"), false, c -> c.withUploadLimit(10_000))) {
      final List<HttpSession.FilePart> files = PortalFixtures.demoFiles(p, "north");
      final byte[] big = new byte[200_000];
      java.util.Arrays.fill(big, (byte) 'A');
      final String t = p.registry.accounts().createToken("test", p.registry.accounts().user("north-user")
          .orElseThrow(), "curl");
      final HttpSession.Response api = new HttpSession(p.base()).bearer(t).postMultipart("/api/submissions",
          Map.of("round", ROUND, "sample", "HG002"), List.of(new HttpSession.FilePart("vcf", "big.vcf", big),
          files.get(2)));
      assertEquals(413, api.status(), api.body());
      assertTrue(JSON.readTree(api.body()).get("fix").asText().contains("bgzip"), api.body());
      final HttpSession north = p.login("north-user");
      north.get("/submit");
      final HttpSession.Response spec = north.postMultipart("/submissions", Map.of("csrf", north.csrf(), "round",
          ROUND, "sample", "HG002"), List.of(files.get(0), new HttpSession.FilePart("spec", "big.yaml", big)));
      assertEquals(413, spec.status(), "the limit applies to every file, the spec too: " + spec.body());
      assertEquals(List.of(), p.registry.submissions().list(null));
      assertEquals(List.of(), leftovers(p.data));
    }
  }

  @Test
  void formsWithMissingForgedOrAnotherSessionsCsrfTokenAreRefused() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"))) {
      final HttpSession north = p.login("north-user");
      north.get("/submit");
      final HttpSession other = p.login("south-user");
      other.get("/home");
      final List<HttpSession.FilePart> files = PortalFixtures.demoFiles(p, "north");
      for (String csrf : new String[] {null, "", "forged", other.csrf(), north.csrf() + "x"}) {
        final Map<String, String> f = new LinkedHashMap<>();
        f.put("round", ROUND);
        f.put("sample", "HG002");
        f.put("csrf", csrf);
        assertEquals(403, north.postMultipart("/submissions", f, files).status(), "csrf " + csrf);
        assertEquals(403, north.postMultipart("/api/submissions", f, files).status(), "csrf " + csrf);
        final Map<String, String> t = new LinkedHashMap<>();
        t.put("label", "x");
        t.put("csrf", csrf);
        assertEquals(403, north.postForm("/account/tokens", t).status());
        assertEquals(403, north.postForm("/logout", t).status());
      }
      assertEquals(List.of(), p.registry.submissions().list(null));
      assertTrue(p.registry.accounts().tokens().isEmpty());
      assertEquals(200, north.get("/home").status(), "the forged log-out did not end the session");
    }
  }

  @Test
  void aRevokedOrDisabledUsersTokenReplayedIsRefusedOnEveryRoute() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"))) {
      final String revoked = p.registry.accounts().createToken("test", p.registry.accounts().user("operator")
          .orElseThrow(), "r");
      final HttpSession curl = new HttpSession(p.base()).bearer(revoked);
      assertEquals(200, curl.get("/admin").status(), "works before");
      p.registry.accounts().revokeToken("test", revoked.substring(4, 16));
      p.server.tokens.clear();
      p.registry.accounts().createUser("test", "leaver", Role.COUNCIL, null, "a long enough password");
      final String disabledToken = p.registry.accounts().createToken("test", p.registry.accounts().user("leaver")
          .orElseThrow(), "d");
      assertEquals(200, new HttpSession(p.base()).bearer(disabledToken).get("/home").status());
      final HttpSession op = p.login("operator");
      op.get("/admin");
      assertEquals(303, op.postFormWithCsrf("/admin/users/leaver/active", Map.of("active", "false")).status());
      final String forged = revoked.substring(0, revoked.length() - 4) + "AAAA";
      for (String token : List.of(revoked, disabledToken, forged, "hrn_", "not-a-token")) {
        final HttpSession c = new HttpSession(p.base()).bearer(token);
        for (RouteRule r : PortalRoutes.TABLE) {
          if (r.need() == Need.ANYONE) {
            continue;
          }
          final String path = PortalAuthTest.concrete(r.path());
          final HttpSession.Response res = r.method().equals("GET") ? c.get(path) : c.postForm(path, Map.of());
          assertEquals(401, res.status(), token + " " + r);
        }
      }
      assertTrue(p.registry.audit().latest(200).stream().anyMatch(a -> a.action().equals("token-refused")));
    }
  }

  @Test
  void passwordsAndTokensNeverReachTheLogOrTheAuditTrail() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"), true,
        c -> c.withLoginLimit(1, java.time.Duration.ofMinutes(15)))) {
      final List<String> secrets = new ArrayList<>(p.passwords().values());
      final HttpSession s = new HttpSession(p.base());
      s.login("north-user", "wrong-" + p.password("north-user"));
      secrets.add("wrong-" + p.password("north-user"));
      // A password typed into the log-in field, twice: refused, then throttled.
      assertEquals(401, s.login(p.password("council"), p.password("council")).status());
      assertEquals(429, s.login(p.password("council"), p.password("council")).status());
      final HttpSession op = p.login("operator");
      op.get("/admin");
      final HttpSession.Response made = op.postFormWithCsrf("/admin/users", Map.of("login", "newbie", "role",
          "council"));
      final String shown = made.body().replaceAll("(?s).*one-time password \\(shown only now\\): ([^<\\s]+).*", "$1");
      assertTrue(shown.length() >= 12 && !shown.contains("<"), shown);
      secrets.add(shown);
      op.get("/account");
      final String token = op.postFormWithCsrf("/account/tokens", Map.of("label", "ci")).body()
          .replaceAll("(?s).*<p class=\"secret\">([^<]+)</p>.*", "$1");
      assertTrue(token.startsWith("hrn_"), token);
      secrets.add(token.substring(17));
      final HttpSession curl = new HttpSession(p.base()).bearer(token);
      curl.get("/api/submissions");
      new HttpSession(p.base()).bearer(token + "x").get("/api/submissions");
      curl.postMultipart("/api/submissions", Map.of("round", ROUND, "sample", "HG002"), List.of());
      curl.get("/no/such/" + token);
      op.get("/admin");
      p.registry.accounts().revokeToken("test", token.substring(4, 16));
      p.server.tokens.clear();
      curl.get("/api/submissions");

      final StringBuilder trail = new StringBuilder(p.log.toString());
      p.registry.audit().latest(10_000).forEach(a -> trail.append(a.actor()).append(' ').append(a.action())
          .append(' ').append(a.target()).append(' ').append(a.detail()).append('\n'));
      assertTrue(trail.toString().contains("login-refused") && trail.toString().contains("login-throttled")
          && trail.toString().contains("token-refused"), "the trail has the refusals: " + trail);
      for (String secret : secrets) {
        assertFalse(trail.toString().contains(secret), "a secret in the log or audit trail: " + secret);
      }
      // The database keeps only hashes.
      final String db = new String(Files.readAllBytes(p.data.resolve(dk.harness.registry.Registry.DB_FILE)),
          StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertFalse(db.contains(secret), "a secret stored in clear in the database: " + secret);
      }
    }
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"), true, c -> c.withUploadLimit(10_000))) {
      PortalFixtures.runDemoRound(p);
      p.registry.rounds().publish("test", ROUND);
      final HttpSession anon = new HttpSession(p.base());
      final HttpSession council = p.login("council");
      final HttpSession north = p.login("north-user");
      north.get("/submit");
      final String t = p.registry.accounts().createToken("test", p.registry.accounts().user("north-user")
          .orElseThrow(), "t");
      final HttpSession curl = new HttpSession(p.base()).bearer(t);
      final Map<String, HttpSession.Response> kinds = new LinkedHashMap<>();
      kinds.put("page", council.get("/home"));
      kinds.put("log-in page", anon.get("/login"));
      kinds.put("redirect", anon.get("/home"));
      kinds.put("json", curl.get("/api/submissions"));
      kinds.put("health", anon.get("/health"));
      kinds.put("css", anon.get("/static/portal.css"));
      kinds.put("401 json", anon.get("/api/submissions"));
      kinds.put("401 bad token", new HttpSession(p.base()).bearer("x").get("/home"));
      kinds.put("403", north.get("/admin"));
      kinds.put("403 csrf", north.postForm("/logout", Map.of()));
      kinds.put("404", north.get("/no/such/page"));
      kinds.put("404 other unit", north.get("/submissions/" + p.registry.submissions().list("south").get(0).id()));
      kinds.put("413", north.postMultipart("/submissions", Map.of("csrf", north.csrf()), List.of(
          new HttpSession.FilePart("vcf", "a.vcf", new byte[50_000]))));
      kinds.put("report", council.get("/rounds/" + ROUND + "/report"));
      kinds.put("results", council.get("/rounds/" + ROUND + "/results/north"));
      for (Map.Entry<String, HttpSession.Response> e : kinds.entrySet()) {
        final HttpSession.Response r = e.getValue();
        final String what = e.getKey() + " (" + r.status() + ")";
        final String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, what);
        assertTrue(csp.contains("default-src 'none'"), what + ": " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertFalse(csp.contains("script-src"), what + ": no script source at all: " + csp);
        assertFalse(csp.replace("style-src 'unsafe-inline'", "").contains("unsafe"), what + ": " + csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("no-referrer", r.header("Referrer-Policy"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
      }
      assertEquals(413, kinds.get("413").status());
      assertEquals(200, kinds.get("report").status());
      // The report's CSP allows its inline styles only; no script of any kind runs in it.
      assertNoRawMarkupScriptFree(kinds.get("report").body());
    }
  }

  /** The council report may carry a disabled script; with its CSP (no script-src) none would run anyway. */
  private static void assertNoRawMarkupScriptFree(String report) {
    assertFalse(report.contains("onerror=alert"), "no injected handler in the report");
  }

  @Test
  void jsonErrorsQuoteHostileValuesAsData() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"))) {
      final String t = p.registry.accounts().createToken("test", p.registry.accounts().user("operator")
          .orElseThrow(), "t");
      final HttpSession.Response r = new HttpSession(p.base()).bearer(t).postForm("/admin/units", Map.of("id",
          "../" + xss("id"), "name", "n"));
      assertEquals(400, r.status(), r.body());
      final JsonNode j = JSON.readTree(r.body());
      assertTrue(j.get("error").asText().contains("not a valid id"), r.body());
      assertTrue(r.header("Content-Type").startsWith("application/json"));
      assertTrue(p.registry.accounts().unit("../" + xss("id")).isEmpty());
    }
  }
}
