package dk.harness.server;

import dk.harness.registry.Registry;
import dk.harness.registry.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Registers {@link PortalRoutes#TABLE} and guards every route the same way before its action runs: who the caller
 * is (API token, else session cookie), whether the route's {@link Need} admits them (anonymous: 401, or the
 * log-in page for a browser; wrong role: 403), the CSRF token of a session's form, and the request size.
 */
final class Handlers {
  /** A route's work, given the authenticated caller. */
  interface Action {
    void handle(Context ctx, Caller caller) throws Exception;
  }

  private final PortalServer s;
  private final Map<String, Action> actions = new HashMap<>();
  private final SecureRandom random = new SecureRandom();

  Handlers(PortalServer s) {
    this.s = s;
  }

  void on(String method, String path, Action a) {
    if (actions.put(method + " " + path, a) != null) {
      throw new IllegalStateException("two actions for " + method + " " + path);
    }
  }

  void register(RoutesConfig routes) {
    new AccountPages(s, this).define();
    new SubmissionPages(s, this).define();
    new RoundPages(s, this).define();
    new AdminPages(s, this).define();
    for (RouteRule r : PortalRoutes.TABLE) {
      final Action a = actions.remove(r.method() + " " + r.path());
      if (a == null) {
        throw new IllegalStateException("route without an action: " + r.method() + " " + r.path());
      }
      final Handler h = ctx -> {
        if (s.stopping) {
          ctx.header("Connection", "close");
          s.fail(ctx, 503, "the server is stopping", "try again in a minute");
          return;
        }
        s.inFlight.incrementAndGet();
        try {
          guard(r, a, ctx);
        } finally {
          s.inFlight.decrementAndGet();
        }
      };
      if (r.method().equals("GET")) {
        routes.get(r.path(), h);
      } else {
        routes.post(r.path(), h);
      }
    }
    if (!actions.isEmpty()) {
      throw new IllegalStateException("actions not in PortalRoutes.TABLE: " + actions.keySet());
    }
  }

  private void guard(RouteRule r, Action a, Context ctx) throws Exception {
    final Optional<Caller> authenticated = authenticate(ctx);
    if (authenticated.isEmpty()) {
      s.fail(ctx, 401, "the API token is not valid (unknown, revoked, or its user is disabled)",
          "create a new token on your account page");
      return;
    }
    final Caller c = authenticated.get();
    if (!r.need().admits(c.user())) {
      if (c.user() == null) {
        if (r.method().equals("GET") && !PortalServer.wantsJson(ctx)) {
          ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
        } else {
          s.fail(ctx, 401, "log in first", "log in, or send an API token as 'Authorization: Bearer TOKEN'");
        }
      } else {
        s.registry.audit().append(c.actor(ctx.ip()), "denied", r.method() + " " + ctx.path(), "role "
            + c.user().role().label());
        s.fail(ctx, 403, "your role (" + c.user().role().label() + ") may not do this", null);
      }
      return;
    }
    if (r.method().equals("POST") && ctx.req().getContentLengthLong() > s.maxRequest()) {
      s.fail(ctx, 413, "the request is larger than the limit of " + s.maxRequest() + " bytes",
          "compress the VCF with bgzip, or ask the operator to raise the upload limit");
      return;
    }
    if (r.form() && c.session() != null) {
      String given = ctx.header("X-CSRF-Token");
      if (given == null) {
        given = ctx.formParam("csrf");
      }
      if (!Sessions.sameToken(c.csrf(), given)) {
        s.registry.audit().append(c.actor(ctx.ip()), "csrf-refused", r.method() + " " + ctx.path(), "");
        s.fail(ctx, 403, "the form's security token is missing or wrong", "reload the page and send the form again");
        return;
      }
    }
    a.handle(ctx, c);
  }

  /** The caller, or empty when an API token was sent and is not valid (never falls back to the cookie then). */
  private Optional<Caller> authenticate(Context ctx) {
    final String auth = ctx.header("Authorization");
    if (auth != null) {
      if (!auth.startsWith("Bearer ")) {
        return Optional.empty();
      }
      final Optional<User> u = s.tokens.user(auth.substring("Bearer ".length()).strip());
      if (u.isEmpty()) {
        s.registry.audit().append("anonymous " + ctx.ip(), "token-refused", ctx.method() + " " + ctx.path(), "");
        return Optional.empty();
      }
      return Optional.of(new Caller(u.get(), null, true));
    }
    final Optional<Sessions.Session> session = s.sessions.get(ctx.cookie(PortalServer.SESSION_COOKIE));
    if (session.isPresent()) {
      final Optional<User> u = s.registry.accounts().user(session.get().userId()).filter(User::active);
      if (u.isPresent()) {
        return Optional.of(new Caller(u.get(), session.get(), false));
      }
      s.sessions.remove(session.get().id());
    }
    return Optional.of(Caller.ANONYMOUS);
  }

  /** Sets a cookie no script can read, sent only to this site's own requests, and only over TLS when configured. */
  void cookie(Context ctx, String name, String value, String path, int maxAgeSeconds) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict"
        + (s.config.tls() || s.config.secureCookies() ? "; Secure" : "")
        + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : ""));
  }

  String randomToken() {
    final byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  Registry registry() {
    return s.registry;
  }

  /** Redirects a browser after a form (303: the next request is a GET), with a notice for the next page. */
  static void seeOther(Context ctx, String path, String notice) {
    ctx.redirect(notice == null ? path : path + (path.contains("?") ? "&" : "?") + "msg="
        + java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
