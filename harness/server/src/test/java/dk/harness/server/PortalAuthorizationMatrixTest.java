package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.registry.DemoPortal;
import dk.harness.registry.Role;
import dk.harness.registry.Round;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authorization matrix: every route of {@link PortalRoutes#TABLE} x every caller (anonymous, unit A, unit B,
 * council, operator) x, where the route names a unit's resource, unit A's and unit B's resource x the round's phase
 * (run but unpublished, published, published with units allowed to see the report) x browser session and API
 * token. The expected answer of each cell is written here from the rules, not read from the server's
 * {@code Access}; a route in the table without an entry here fails the test.
 */
class PortalAuthorizationMatrixTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROUND = DemoPortal.ROUND;
  /** A round that stays open so units can upload in every phase. */
  private static final String OPEN_ROUND = "matrix-open";

  enum Who { ANONYMOUS, UNIT_A, UNIT_B, COUNCIL, OPERATOR }

  /** Whose resource a cell asks for. */
  enum Res { OF_A, OF_B }

  enum Phase { RUN_UNPUBLISHED, PUBLISHED, PUBLISHED_UNITS_MAY_SEE }

  enum Via { SESSION, TOKEN }

  /** What a cell must answer. */
  enum Outcome { ALLOW, LOGIN, FORBIDDEN, HIDDEN }

  record Cell(String route, Who who, Res res, Phase phase, Via via) {
    boolean unit() {
      return who == Who.UNIT_A || who == Who.UNIT_B;
    }

    /** Whether the resource is the caller's own unit's. */
    boolean own() {
      return (who == Who.UNIT_A && res == Res.OF_A) || (who == Who.UNIT_B && res == Res.OF_B);
    }
  }

  interface Expect {
    Outcome of(Cell c);
  }

  interface Send {
    HttpSession.Response send(Cell c, HttpSession client) throws Exception;
  }

  /**
   * How to probe one route.
   *
   * @param perUnit whether the route names a unit's resource (then both units' are asked for)
   * @param ok the status of an allowed call
   */
  record Probe(boolean perUnit, Expect expect, Send send, java.util.function.ToIntFunction<Cell> ok) {
  }

  @TempDir
  Path dir;
  private TestPortal p;
  private final Map<Who, HttpSession> sessions = new EnumMap<>(Who.class);
  private final Map<Who, String> tokens = new EnumMap<>(Who.class);
  private final Map<Res, Long> submission = new EnumMap<>(Res.class);
  private final AtomicInteger serial = new AtomicInteger();

  private static String login(Who w) {
    return switch (w) {
      case UNIT_A -> "north-user";
      case UNIT_B -> "south-user";
      case COUNCIL -> "council";
      case OPERATOR -> "operator";
      case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no log-in");
    };
  }

  private static String unitOf(Res r) {
    return r == Res.OF_A ? "north" : "south";
  }

  private static java.util.function.ToIntFunction<Cell> ok(int session, int token) {
    return c -> c.via() == Via.SESSION ? session : token;
  }

  private static java.util.function.ToIntFunction<Cell> ok(int both) {
    return ok(both, both);
  }

  /** Anyone logged in. */
  private static Outcome user(Cell c) {
    return c.who() == Who.ANONYMOUS ? Outcome.LOGIN : Outcome.ALLOW;
  }

  private static Outcome unitOnly(Cell c) {
    return c.who() == Who.ANONYMOUS ? Outcome.LOGIN : c.unit() ? Outcome.ALLOW : Outcome.FORBIDDEN;
  }

  private static Outcome operatorOnly(Cell c) {
    return c.who() == Who.ANONYMOUS ? Outcome.LOGIN : c.who() == Who.OPERATOR ? Outcome.ALLOW : Outcome.FORBIDDEN;
  }

  /** A unit's submissions and intake: its own unit and the council and operators; another unit is told nothing. */
  private static Outcome submissionOf(Cell c) {
    return c.who() == Who.ANONYMOUS ? Outcome.LOGIN : !c.unit() || c.own() ? Outcome.ALLOW : Outcome.HIDDEN;
  }

  /** A unit's results: the unit at once, operators always, the council once published, other units never. */
  private static Outcome resultsOf(Cell c) {
    return switch (c.who()) {
      case ANONYMOUS -> Outcome.LOGIN;
      case UNIT_A, UNIT_B -> c.own() ? Outcome.ALLOW : Outcome.HIDDEN;
      case COUNCIL -> c.phase() == Phase.RUN_UNPUBLISHED ? Outcome.FORBIDDEN : Outcome.ALLOW;
      case OPERATOR -> Outcome.ALLOW;
    };
  }

  /** The council report: operators once run, the council once published, units once published and allowed. */
  private static Outcome report(Cell c) {
    return switch (c.who()) {
      case ANONYMOUS -> Outcome.LOGIN;
      case UNIT_A, UNIT_B -> c.phase() == Phase.PUBLISHED_UNITS_MAY_SEE ? Outcome.ALLOW : Outcome.FORBIDDEN;
      case COUNCIL -> c.phase() == Phase.RUN_UNPUBLISHED ? Outcome.FORBIDDEN : Outcome.ALLOW;
      case OPERATOR -> Outcome.ALLOW;
    };
  }

  private static Send get(java.util.function.Function<Cell, String> path) {
    return (c, s) -> s.get(path.apply(c));
  }

  /** A form post (with the session's CSRF token when it is a session). */
  private static HttpSession.Response post(Cell c, HttpSession s, String path, Map<String, String> fields)
      throws Exception {
    return c.via() == Via.SESSION && c.who() != Who.ANONYMOUS ? s.postFormWithCsrf(path, fields)
        : s.postForm(path, fields);
  }

  private HttpSession.Response upload(Cell c, HttpSession s, String path) throws Exception {
    final Map<String, String> f = new LinkedHashMap<>();
    f.put("round", OPEN_ROUND);
    f.put("sample", "HG002");
    if (c.via() == Via.SESSION && c.who() != Who.ANONYMOUS) {
      f.put("csrf", s.csrf());
    }
    return s.postMultipart(path, f, PortalFixtures.demoFiles(p, c.unit() ? unitOf(c.who() == Who.UNIT_A
        ? Res.OF_A : Res.OF_B) : "north"));
  }

  /** A fresh open round for an operator action to act on (denied callers must leave it as it is). */
  private String spareRound() throws Exception {
    return PortalFixtures.openRound(p, "spare-" + serial.incrementAndGet()).id();
  }

  /** A fresh round whose run is done (on the demo round's results), ready to be published. */
  private String spareRunRound() throws Exception {
    final String id = spareRound();
    p.registry.rounds().close("test", id);
    p.registry.rounds().runStarted("test", id, java.time.Instant.now());
    final Round demo = p.registry.rounds().require(ROUND);
    p.registry.rounds().runFinished("test", id, demo.runId(), Path.of(demo.runDir()), true, "borrowed run");
    return id;
  }

  private Map<String, Probe> probes() {
    final Map<String, Probe> m = new LinkedHashMap<>();
    m.put("GET /health", new Probe(false, c -> Outcome.ALLOW, get(c -> "/health"), ok(200)));
    // "/" and "/login" send anyone somewhere: the log-in page, or home once logged in.
    m.put("GET /", new Probe(false, c -> Outcome.ALLOW, get(c -> "/"), ok(303)));
    m.put("GET /login", new Probe(false, c -> Outcome.ALLOW, get(c -> "/login"),
        c -> c.who() == Who.ANONYMOUS ? 200 : 303));
    m.put("POST /login", new Probe(false, c -> Outcome.ALLOW, (c, s) -> {
      final HttpSession fresh = new HttpSession(p.base());
      return fresh.login("council", p.password("council"));
    }, ok(303)));
    m.put("GET /static/portal.css", new Probe(false, c -> Outcome.ALLOW, get(c -> "/static/portal.css"), ok(200)));
    m.put("POST /logout", new Probe(false, PortalAuthorizationMatrixTest::user, (c, s) -> {
      // Logging out must not end the session the other cells use: a fresh one is logged out.
      final HttpSession own = c.who() == Who.ANONYMOUS || c.via() == Via.TOKEN ? s : p.login(login(c.who()));
      if (own != s) {
        own.get("/home");
      }
      return post(c, own, "/logout", Map.of());
    }, ok(303)));
    m.put("GET /home", new Probe(false, PortalAuthorizationMatrixTest::user, get(c -> "/home"), ok(200)));
    m.put("GET /account", new Probe(false, PortalAuthorizationMatrixTest::user, get(c -> "/account"), ok(200)));
    m.put("POST /account/tokens", new Probe(false, PortalAuthorizationMatrixTest::user,
        (c, s) -> post(c, s, "/account/tokens", Map.of("label", "matrix")), ok(200)));
    m.put("GET /submit", new Probe(false, PortalAuthorizationMatrixTest::unitOnly, get(c -> "/submit"), ok(200)));
    m.put("POST /submissions", new Probe(false, PortalAuthorizationMatrixTest::unitOnly,
        (c, s) -> upload(c, s, "/submissions"), ok(303, 201)));
    m.put("POST /api/submissions", new Probe(false, PortalAuthorizationMatrixTest::unitOnly,
        (c, s) -> upload(c, s, "/api/submissions"), ok(201)));
    m.put("GET /api/submissions", new Probe(false, PortalAuthorizationMatrixTest::user,
        get(c -> "/api/submissions"), ok(200)));
    m.put("GET /submissions/{id}", new Probe(true, PortalAuthorizationMatrixTest::submissionOf,
        get(c -> "/submissions/" + submission.get(c.res())), ok(200)));
    m.put("GET /api/submissions/{id}", new Probe(true, PortalAuthorizationMatrixTest::submissionOf,
        get(c -> "/api/submissions/" + submission.get(c.res())), ok(200)));
    m.put("GET /rounds/{round}", new Probe(false, PortalAuthorizationMatrixTest::user,
        get(c -> "/rounds/" + ROUND), ok(200)));
    m.put("GET /rounds/{round}/results/{unit}", new Probe(true, PortalAuthorizationMatrixTest::resultsOf,
        get(c -> "/rounds/" + ROUND + "/results/" + unitOf(c.res())), ok(200)));
    m.put("GET /api/rounds/{round}/results/{unit}", new Probe(true, PortalAuthorizationMatrixTest::resultsOf,
        get(c -> "/api/rounds/" + ROUND + "/results/" + unitOf(c.res())), ok(200)));
    m.put("GET /rounds/{round}/report", new Probe(false, PortalAuthorizationMatrixTest::report,
        get(c -> "/rounds/" + ROUND + "/report"), ok(200)));
    m.put("POST /rounds", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly, (c, s) -> {
      final String id = "opened-" + serial.incrementAndGet();
      final HttpSession.Response r = post(c, s, "/rounds", Map.of("id", id, "title", "t", "deadline",
          "2099-01-01T00:00", "truth_sets", java.nio.file.Files.readString(p.demo.cohort().resolve("truth-sets.yaml"))));
      assertEquals(c.who() == Who.OPERATOR, p.registry.rounds().get(id).isPresent(), c.toString());
      return r;
    }, ok(303, 200)));
    m.put("POST /rounds/{round}/close", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly, (c, s) -> {
      final String id = spareRound();
      final HttpSession.Response r = post(c, s, "/rounds/" + id + "/close", Map.of());
      assertEquals(c.who() == Who.OPERATOR ? Round.State.CLOSED : Round.State.OPEN,
          p.registry.rounds().require(id).state(), c.toString());
      return r;
    }, ok(303, 200)));
    m.put("POST /rounds/{round}/run", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly, (c, s) -> {
      final String id = spareRound();
      p.registry.rounds().close("test", id);
      final HttpSession.Response r = post(c, s, "/rounds/" + id + "/run", Map.of());
      assertEquals(c.who() == Who.OPERATOR, !p.registry.rounds().require(id).runState().equals("none"),
          c + " " + p.registry.rounds().require(id).runState());
      return r;
    }, ok(303, 202)));
    m.put("POST /rounds/{round}/publish", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly, (c, s) -> {
      final String id = spareRunRound();
      final HttpSession.Response r = post(c, s, "/rounds/" + id + "/publish", Map.of());
      assertEquals(c.who() == Who.OPERATOR ? Round.State.PUBLISHED : Round.State.CLOSED,
          p.registry.rounds().require(id).state(), c.toString());
      return r;
    }, ok(303, 200)));
    m.put("POST /rounds/{round}/visibility", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly,
        (c, s) -> {
          final String id = spareRunRound();
          p.registry.rounds().publish("test", id);
          final HttpSession.Response r = post(c, s, "/rounds/" + id + "/visibility", Map.of("units_may_see", "true"));
          assertEquals(c.who() == Who.OPERATOR, p.registry.rounds().require(id).unitsMaySee(), c.toString());
          return r;
        }, ok(303, 200)));
    m.put("GET /admin", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly, get(c -> "/admin"), ok(200)));
    m.put("POST /admin/units", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly, (c, s) -> {
      final String id = "unit-" + serial.incrementAndGet();
      final HttpSession.Response r = post(c, s, "/admin/units", Map.of("id", id, "name", "U"));
      assertEquals(c.who() == Who.OPERATOR, p.registry.accounts().unit(id).isPresent(), c.toString());
      return r;
    }, ok(303)));
    m.put("POST /admin/users", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly, (c, s) -> {
      final String login = "user-" + serial.incrementAndGet();
      final HttpSession.Response r = post(c, s, "/admin/users", Map.of("login", login, "role", "council"));
      assertEquals(c.who() == Who.OPERATOR, p.registry.accounts().user(login).isPresent(), c.toString());
      return r;
    }, ok(200)));
    m.put("POST /admin/users/{login}/active", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly,
        (c, s) -> {
          final String login = "spare-" + serial.incrementAndGet();
          p.registry.accounts().createUser("test", login, Role.COUNCIL, null, "a long enough password");
          final HttpSession.Response r = post(c, s, "/admin/users/" + login + "/active", Map.of("active", "false"));
          assertEquals(c.who() != Who.OPERATOR, p.registry.accounts().user(login).orElseThrow().active(),
              c.toString());
          return r;
        }, ok(303)));
    m.put("POST /admin/tokens/{token}/revoke", new Probe(false, PortalAuthorizationMatrixTest::operatorOnly,
        (c, s) -> {
          final String t = p.registry.accounts().createToken("test", p.registry.accounts().user("council")
              .orElseThrow(), "spare");
          final String id = t.substring(4, 16);
          final HttpSession.Response r = post(c, s, "/admin/tokens/" + id + "/revoke", Map.of());
          assertEquals(c.who() != Who.OPERATOR, p.registry.accounts().userOfToken(t).isPresent(), c.toString());
          return r;
        }, ok(303)));
    return m;
  }

  private void checkCell(Cell c, Probe probe, HttpSession.Response r, List<String> failures) {
    final Outcome want = probe.expect().of(c);
    final boolean asBrowserPage = c.via() == Via.SESSION && c.route().startsWith("GET ")
        && !c.route().startsWith("GET /api/") && !c.route().equals("GET /health");
    final int status = switch (want) {
      case ALLOW -> probe.ok().applyAsInt(c);
      case LOGIN -> asBrowserPage ? 303 : 401;
      case FORBIDDEN -> 403;
      case HIDDEN -> 404;
    };
    if (r.status() != status) {
      failures.add(c + ": wanted " + want + " (" + status + "), got " + r.status() + " "
          + r.body().substring(0, Math.min(160, r.body().length())).replace('\n', ' '));
    } else if (want == Outcome.LOGIN && asBrowserPage && !"/login".equals(r.header("Location"))) {
      failures.add(c + ": anonymous browser not sent to /login but to " + r.header("Location"));
    }
  }

  @Test
  void everyRouteAnswersEveryCallerAsTheRulesSay() throws Exception {
    final Map<String, Probe> probes = probes();
    final TreeSet<String> table = new TreeSet<>();
    PortalRoutes.TABLE.forEach(r -> table.add(r.method() + " " + r.path()));
    assertEquals(table, new TreeSet<>(probes.keySet()), "every route the server registers has a matrix entry");

    p = new TestPortal(dir.resolve("data"), true, c -> c);
    try {
      PortalFixtures.openRound(p, OPEN_ROUND);
      submission.put(Res.OF_A, p.registry.submissions().list("north").get(0).id());
      submission.put(Res.OF_B, p.registry.submissions().list("south").get(0).id());
      PortalFixtures.runDemoRound(p);
      for (Who w : Who.values()) {
        if (w == Who.ANONYMOUS) {
          continue;
        }
        sessions.put(w, p.login(login(w)));
        sessions.get(w).get("/home");
        tokens.put(w, p.registry.accounts().createToken("test", p.registry.accounts().user(login(w)).orElseThrow(),
            "matrix"));
      }
      final List<String> failures = new ArrayList<>();
      int cells = 0;
      for (Phase phase : Phase.values()) {
        if (phase == Phase.PUBLISHED) {
          p.registry.rounds().publish("test", ROUND);
        } else if (phase == Phase.PUBLISHED_UNITS_MAY_SEE) {
          p.registry.rounds().setUnitsMaySee("test", ROUND, true);
        }
        for (Map.Entry<String, Probe> e : probes.entrySet()) {
          for (Who who : Who.values()) {
            for (Via via : Via.values()) {
              if (who == Who.ANONYMOUS && via == Via.TOKEN) {
                continue; // anonymous has no token; bad and revoked tokens are PortalHostileInputTest's
              }
              for (Res res : e.getValue().perUnit() ? List.of(Res.values()) : List.of(Res.OF_A)) {
                final Cell c = new Cell(e.getKey(), who, res, phase, via);
                final HttpSession client = who == Who.ANONYMOUS ? new HttpSession(p.base())
                    : via == Via.SESSION ? sessions.get(who) : new HttpSession(p.base()).bearer(tokens.get(who));
                checkCell(c, e.getValue(), e.getValue().send().send(c, client), failures);
                cells++;
              }
            }
          }
        }
      }
      // 29 routes: 5 per unit (both units' resource) and 24 not; 9 ways to call (anonymous, 4 roles x 2); 3 phases.
      final int perUnit = (int) probes.values().stream().filter(Probe::perUnit).count();
      assertEquals(3 * 9 * (2 * perUnit + (probes.size() - perUnit)), cells);
      System.out.println("PortalAuthorizationMatrixTest: " + cells + " cells (" + probes.size() + " routes, "
          + perUnit + " of them per unit)");
      assertEquals(List.of(), failures, failures.size() + " of " + cells + " cells wrong");
    } finally {
      p.close();
    }
  }

  @Test
  void listsShowAUnitOnlyItsOwnSubmissions() throws Exception {
    p = new TestPortal(dir.resolve("data"), true, c -> c);
    try {
      final long north = p.registry.submissions().list("north").get(0).id();
      final long south = p.registry.submissions().list("south").get(0).id();
      final HttpSession s = p.login("south-user");
      for (String page : List.of("/home", "/rounds/" + ROUND)) {
        final String body = s.get(page).body();
        assertTrue(body.contains("/submissions/" + south + "\""), page + " lists the unit's own");
        assertFalse(body.contains("/submissions/" + north + "\""), page + " hides the other unit's");
      }
      final JsonNode list = JSON.readTree(new HttpSession(p.base()).bearer(p.registry.accounts().createToken("t",
          p.registry.accounts().user("south-user").orElseThrow(), "l")).get("/api/submissions").body());
      assertEquals(1, list.size(), list.toString());
      assertEquals("south", list.get(0).get("unit").asText());
      final JsonNode all = JSON.readTree(p.login("council").get("/api/submissions").body());
      assertEquals(5, all.size(), "the council sees every unit's");
    } finally {
      p.close();
    }
  }
}
