package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log-in, sessions, CSRF, rate limits, API tokens, anonymous access and security headers, over real HTTP. */
class PortalAuthTest {
  @TempDir
  static Path dir;
  static TestPortal portal;

  @BeforeAll
  static void start() throws Exception {
    portal = new TestPortal(dir.resolve("data"), false, c -> c.withLoginLimit(3, Duration.ofMinutes(15)));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  /** A path of the table with its parameters filled in. */
  static String concrete(String path) {
    return path.replace("{id}", "1").replace("{round}", "demo-round-1").replace("{unit}", "north")
        .replace("{login}", "north-user").replace("{token}", "000000000000");
  }

  @Test
  void anonymousCallersGetOnlyTheLogInPageHealthAndTheStyleSheet() throws Exception {
    final HttpSession anon = new HttpSession(portal.base());
    int denied = 0;
    for (RouteRule r : PortalRoutes.TABLE) {
      final String path = concrete(r.path());
      final HttpSession.Response res = r.method().equals("GET") ? anon.get(path) : anon.postForm(path, Map.of());
      if (r.need() == Need.ANYONE) {
        assertTrue(res.status() < 400 || r.method().equals("POST"), r + " -> " + res.status());
        continue;
      }
      denied++;
      if (r.method().equals("GET") && !path.startsWith("/api/")) {
        assertEquals(303, res.status(), r.toString());
        assertEquals("/login", res.header("Location"), r.toString());
      } else {
        assertEquals(401, res.status(), r + " -> " + res.body());
      }
    }
    assertTrue(denied > 20, "the table covers the portal: " + denied);
    assertEquals(200, anon.get("/health").status());
    assertEquals(200, anon.get("/login").status());
  }

  @Test
  void logInSetsAHardenedSessionCookieAndAWrongPasswordIsRefused() throws Exception {
    final HttpSession s = new HttpSession(portal.base());
    s.get("/login");
    final HttpSession.Response wrong = s.postForm("/login", Map.of("login", "council", "password",
        "not the password", "csrf", s.csrf()));
    assertEquals(401, wrong.status());
    assertTrue(wrong.headers("Set-Cookie").stream().noneMatch(c -> c.startsWith(PortalServer.SESSION_COOKIE + "=")));
    final HttpSession.Response ok = s.login("council", portal.password("council"));
    assertEquals(303, ok.status(), ok.body());
    final String cookie = ok.headers("Set-Cookie").stream()
        .filter(c -> c.startsWith(PortalServer.SESSION_COOKIE + "=")).findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: no Secure flag (it is set behind TLS): " + cookie);
    assertEquals(200, s.get("/home").status());
    assertEquals(303, s.postFormWithCsrf("/logout", Map.of()).status());
    assertEquals(303, s.get("/home").status(), "logged out");
  }

  @Test
  void aLogInFormWithoutItsCookieTokenIsRefused() throws Exception {
    final HttpSession s = new HttpSession(portal.base());
    final HttpSession.Response r = s.postForm("/login", Map.of("login", "council", "password",
        portal.password("council"), "csrf", "forged"));
    assertEquals(403, r.status());
  }

  @Test
  void formsWithoutOrWithAForgedCsrfTokenAreRefusedAndChangeNothing() throws Exception {
    final HttpSession op = portal.login("operator");
    op.get("/admin");
    final HttpSession.Response none = op.postForm("/admin/units", Map.of("id", "csrf-a", "name", "A"));
    assertEquals(403, none.status());
    final HttpSession.Response forged = op.postForm("/admin/units", Map.of("id", "csrf-b", "name", "B",
        "csrf", "AAAA" + op.csrf().substring(4)));
    assertEquals(403, forged.status());
    assertTrue(portal.registry.accounts().unit("csrf-a").isEmpty());
    assertTrue(portal.registry.accounts().unit("csrf-b").isEmpty());
    final HttpSession.Response ok = op.postFormWithCsrf("/admin/units", Map.of("id", "csrf-c", "name", "C"));
    assertEquals(303, ok.status(), ok.body());
    assertTrue(portal.registry.accounts().unit("csrf-c").isPresent());
  }

  @Test
  void failedLogInsAreLimitedPerLogInEvenWithTheRightPasswordAfterwards() throws Exception {
    portal.registry.accounts().createUser("test", "limited", dk.harness.registry.Role.COUNCIL, null,
        "the right password");
    final HttpSession s = new HttpSession(portal.base());
    for (int i = 0; i < 3; i++) {
      assertEquals(401, s.login("limited", "a wrong password").status());
    }
    assertEquals(429, s.login("limited", "the right password").status());
    assertTrue(portal.registry.audit().latest(5).stream().anyMatch(a -> a.action().equals("login-throttled")));
  }

  @Test
  void anApiTokenWorksWithoutCsrfUntilRevoked() throws Exception {
    final HttpSession council = portal.login("council");
    council.get("/account");
    final HttpSession.Response made = council.postFormWithCsrf("/account/tokens", Map.of("label", "ci"));
    assertEquals(200, made.status());
    final String token = made.body().replaceAll("(?s).*<p class=\"secret\">([^<]+)</p>.*", "$1");
    assertTrue(token.startsWith("hrn_"), token);
    final HttpSession curl = new HttpSession(portal.base()).bearer(token);
    final HttpSession.Response list = curl.get("/api/submissions");
    assertEquals(200, list.status(), list.body());
    assertTrue(new ObjectMapper().readTree(list.body()).isArray());
    final String id = token.substring(4, 16);
    final HttpSession op = portal.login("operator");
    op.get("/admin");
    assertEquals(303, op.postFormWithCsrf("/admin/tokens/" + id + "/revoke", Map.of()).status());
    assertEquals(401, curl.get("/api/submissions").status(), "a revoked token is refused at once");
    assertEquals(401, new HttpSession(portal.base()).bearer(token + "x").get("/api/submissions").status());
    assertFalse(portal.log.toString().contains(token.substring(17)), "no token in the server log");
  }

  @Test
  void aUnitUserMayNotDoTheOperatorsWork() throws Exception {
    final HttpSession north = portal.login("north-user");
    north.get("/home");
    assertEquals(403, north.get("/admin").status());
    assertEquals(403, north.postFormWithCsrf("/admin/units", Map.of("id", "evil")).status());
    assertEquals(403, north.postFormWithCsrf("/rounds/demo-round-1/close", Map.of()).status());
    assertTrue(portal.registry.accounts().unit("evil").isEmpty());
    final HttpSession council = portal.login("council");
    council.get("/home");
    assertEquals(403, council.get("/submit").status(), "the council does not submit");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    final HttpSession anon = new HttpSession(portal.base());
    final HttpSession unit = portal.login("north-user");
    for (HttpSession.Response r : List.of(anon.get("/login"), anon.get("/health"), anon.get("/no/such/page"),
        anon.get("/home"), unit.get("/home"), unit.get("/submissions/999999"))) {
      final String csp = r.header("Content-Security-Policy");
      assertNotNull(csp, r.toString());
      assertTrue(csp.contains("default-src 'none'"), csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), csp);
      assertFalse(csp.contains("script-src"), "no script allowed at all: " + csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.header("X-Content-Type-Options"));
      assertEquals("no-referrer", r.header("Referrer-Policy"));
      assertEquals("DENY", r.header("X-Frame-Options"));
      assertTrue(r.header("Server") == null || !r.header("Server").toLowerCase().contains("jetty("),
          "no server version");
    }
  }

  @Test
  void namesThatLookLikeMarkupAreShownEscaped() throws Exception {
    final HttpSession op = portal.login("operator");
    op.get("/admin");
    assertEquals(303, op.postFormWithCsrf("/admin/units", Map.of("id", "xss-unit",
        "name", "<script>alert(1)</script>")).status());
    final String page = op.get("/admin").body();
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped");
    assertFalse(page.contains("<script>alert(1)"), "never raw");
  }
}
