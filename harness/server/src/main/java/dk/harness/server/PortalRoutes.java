package dk.harness.server;

import static dk.harness.server.Need.ANYONE;
import static dk.harness.server.Need.OPERATOR;
import static dk.harness.server.Need.UNIT;
import static dk.harness.server.Need.USER;
import static dk.harness.server.Ownership.NONE;
import static dk.harness.server.Ownership.OWN_UNIT;
import static dk.harness.server.Ownership.REPORT;

import java.util.List;

/**
 * Every route of the portal with who may call it. The server registers exactly these (and fails if one lacks an
 * action, or an action its route).
 */
public final class PortalRoutes {
  private PortalRoutes() {
  }

  public static final List<RouteRule> TABLE = List.of(
      new RouteRule("GET", "/health", ANYONE, NONE, false, "health check (JSON)"),
      new RouteRule("GET", "/", ANYONE, NONE, false, "redirects to the log-in page or home"),
      new RouteRule("GET", "/login", ANYONE, NONE, false, "log-in page"),
      new RouteRule("POST", "/login", ANYONE, NONE, true, "log in (rate-limited)"),
      new RouteRule("GET", "/static/portal.css", ANYONE, NONE, false, "style sheet"),
      new RouteRule("POST", "/logout", USER, NONE, true, "log out"),
      new RouteRule("GET", "/home", USER, NONE, false, "rounds and submissions the caller may see"),
      new RouteRule("GET", "/account", USER, NONE, false, "own API tokens"),
      new RouteRule("POST", "/account/tokens", USER, NONE, true, "create an own API token (shown once)"),
      new RouteRule("GET", "/submit", UNIT, NONE, false, "upload form"),
      new RouteRule("POST", "/submissions", UNIT, NONE, true, "upload a submission (page, or JSON for API)"),
      new RouteRule("POST", "/api/submissions", UNIT, NONE, true, "upload a submission (JSON)"),
      new RouteRule("GET", "/api/submissions", USER, NONE, false, "submissions the caller may see (JSON)"),
      new RouteRule("GET", "/submissions/{id}", USER, OWN_UNIT, false, "a submission with its intake findings"),
      new RouteRule("GET", "/api/submissions/{id}", USER, OWN_UNIT, false, "a submission's intake result (JSON)"),
      new RouteRule("GET", "/rounds/{round}", USER, NONE, false, "a round: own submissions and results"),
      new RouteRule("GET", "/rounds/{round}/results/{unit}", USER, OWN_UNIT, false, "a unit's results in a round"),
      new RouteRule("GET", "/api/rounds/{round}/results/{unit}", USER, OWN_UNIT, false,
          "a unit's verdicts in a round (JSON)"),
      new RouteRule("GET", "/rounds/{round}/report", USER, REPORT, false, "the council report (harness report)"),
      new RouteRule("POST", "/rounds", OPERATOR, NONE, true, "open a round"),
      new RouteRule("POST", "/rounds/{round}/close", OPERATOR, NONE, true, "close a round"),
      new RouteRule("POST", "/rounds/{round}/run", OPERATOR, NONE, true, "run a round's plan on the server"),
      new RouteRule("POST", "/rounds/{round}/publish", OPERATOR, NONE, true, "publish a round to the council"),
      new RouteRule("POST", "/rounds/{round}/visibility", OPERATOR, NONE, true, "let units see the report or not"),
      new RouteRule("GET", "/admin", OPERATOR, NONE, false, "units, users, tokens, audit log"),
      new RouteRule("POST", "/admin/units", OPERATOR, NONE, true, "create a unit"),
      new RouteRule("POST", "/admin/users", OPERATOR, NONE, true, "create a user"),
      new RouteRule("POST", "/admin/users/{login}/active", OPERATOR, NONE, true, "disable or enable a user"),
      new RouteRule("POST", "/admin/tokens/{token}/revoke", OPERATOR, NONE, true, "revoke an API token"));
}
