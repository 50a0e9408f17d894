package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.registry.DemoPortal;
import dk.harness.registry.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of {@link PortalRoutes#TABLE} by every kind of caller: anonymous, the owning unit, another unit, the
 * council and the operator, against a round that has run but is not published and a submission of unit north.
 * Each cell is a fresh log-in, so no request changes another's outcome. Expected outcomes follow the table's
 * {@link Need} and {@link Ownership} and the rules of docs/portal.md; a failure lists every wrong cell.
 */
class AuthorizationMatrixTest {
  @TempDir
  static Path dir;
  static TestPortal portal;
  static long northSubmission;

  @BeforeAll
  static void start() throws Exception {
    portal = new TestPortal(dir.resolve("data"), true, c -> c);
    northSubmission = portal.registry.submissions().list("north").get(0).id();
    portal.registry.rounds().close("test", DemoPortal.ROUND);
    portal.server.runner.start("test", DemoPortal.ROUND, java.time.Instant.now()).get();
    assertEquals("done", portal.registry.rounds().require(DemoPortal.ROUND).runState());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  /** A caller: a log-in (null: anonymous), its role and unit. */
  record Actor(String name, String login, Role role, String unit) {
  }

  static final List<Actor> ACTORS = List.of(new Actor("anonymous", null, null, null),
      new Actor("own unit", "north-user", Role.UNIT, "north"),
      new Actor("other unit", "south-user", Role.UNIT, "south"),
      new Actor("council", "council", Role.COUNCIL, null),
      new Actor("operator", "operator", Role.OPERATOR, null));

  /** What a cell must show. */
  enum Outcome { ALLOWED, LOG_IN_FIRST, FORBIDDEN, NOT_FOUND }

  static Outcome expected(RouteRule r, Actor a) {
    final dk.harness.registry.User u = a.login() == null ? null
        : new dk.harness.registry.User(1, a.login(), a.role(), a.unit(), true);
    if (!r.need().admits(u)) {
      return u == null ? Outcome.LOG_IN_FIRST : Outcome.FORBIDDEN;
    }
    if (r.ownership() == Ownership.OWN_UNIT && a.role() == Role.UNIT && !"north".equals(a.unit())) {
      return Outcome.NOT_FOUND;
    }
    if (r.ownership() == Ownership.OWN_UNIT && r.path().contains("/results/") && a.role() == Role.COUNCIL) {
      return Outcome.FORBIDDEN; // the council reads results once the round is published
    }
    if (r.ownership() == Ownership.REPORT && a.role() != Role.OPERATOR) {
      return Outcome.FORBIDDEN; // not published (council), not published and not allowed (units)
    }
    if (r.method().equals("POST") && r.path().contains("{")) {
      return Outcome.NOT_FOUND; // past the guard, the action finds no such round, user or token (see path())
    }
    return Outcome.ALLOWED;
  }

  static Outcome observed(RouteRule r, HttpSession.Response res) {
    final int s = res.status();
    if (s == 401 || (s == 303 && "/login".equals(res.header("Location")) && !r.path().equals("/")
        && !r.path().equals("/logout"))) {
      return Outcome.LOG_IN_FIRST;
    }
    if (s == 403) {
      return Outcome.FORBIDDEN;
    }
    if (s == 404) {
      return Outcome.NOT_FOUND;
    }
    return Outcome.ALLOWED;
  }

  /**
   * The table's path with its parameters: north's submission and results, the run round; state-changing POSTs aim
   * at a round, user or token that does not exist, so that no cell changes what later cells see.
   */
  static String path(RouteRule r) {
    final boolean post = r.method().equals("POST");
    return r.path().replace("{id}", Long.toString(northSubmission))
        .replace("{round}", post ? "no-such-round" : DemoPortal.ROUND).replace("{unit}", "north")
        .replace("{login}", "no-such-login").replace("{token}", "000000000000");
  }

  @Test
  void everyRouteByEveryCallerIsAllowedOrDeniedAsTheRulesSay() throws Exception {
    final List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (RouteRule r : PortalRoutes.TABLE) {
      for (Actor a : ACTORS) {
        final HttpSession s = new HttpSession(portal.base());
        if (a.login() != null) {
          assertEquals(303, s.login(a.login(), portal.password(a.login())).status());
          s.get("/home");
        }
        final HttpSession.Response res = r.method().equals("GET") ? s.get(path(r))
            : r.path().equals("/login") ? s.postForm(path(r), Map.of("csrf", "x"))
            : s.postForm(path(r), s.csrf() == null ? Map.of() : Map.of("csrf", s.csrf()));
        final Outcome want = expected(r, a);
        // The log-in form's own token is not this session's: an anonymous POST /login is refused (403).
        final Outcome got = observed(r, res);
        cells++;
        if (r.path().equals("/login") && r.method().equals("POST")) {
          continue;
        }
        if (want != got) {
          wrong.add(r.method() + " " + path(r) + " as " + a.name() + ": expected " + want + ", got " + got + " ("
              + res.status() + ")");
        }
      }
    }
    assertEquals(PortalRoutes.TABLE.size() * ACTORS.size(), cells);
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong cells of " + cells + ":\n" + String.join("\n", wrong));
  }
}
