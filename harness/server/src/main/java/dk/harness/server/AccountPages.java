package dk.harness.server;

import dk.harness.registry.ApiToken;
import dk.harness.registry.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Log-in, log-out, health, the style sheet, the home redirect, and a user's own API tokens. */
final class AccountPages {
  private final PortalServer s;
  private final Handlers h;

  AccountPages(PortalServer s, Handlers h) {
    this.s = s;
    this.h = h;
  }

  void define() {
    h.on("GET", "/health", (ctx, c) -> PortalServer.json(ctx, "{\"status\":\"ok\",\"schema_version\":"
        + s.registry.schemaVersion() + "}"));
    h.on("GET", "/", (ctx, c) -> ctx.redirect(c.user() == null ? "/login" : "/home",
        io.javalin.http.HttpStatus.SEE_OTHER));
    h.on("GET", "/static/portal.css", (ctx, c) -> {
      try (var in = AccountPages.class.getResourceAsStream("/dk/harness/server/portal.css")) {
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType("text/css; charset=utf-8");
        ctx.result(in.readAllBytes());
      }
    });
    h.on("GET", "/login", (ctx, c) -> {
      if (c.user() != null) {
        ctx.redirect("/home", io.javalin.http.HttpStatus.SEE_OTHER);
        return;
      }
      loginPage(ctx, null);
    });
    h.on("POST", "/login", (ctx, c) -> {
      final String login = ctx.formParam("login");
      final String password = ctx.formParam("password");
      final String ip = ctx.ip();
      // Log-in CSRF: the form's token must equal the cookie set with the form (another site can set neither).
      if (!Sessions.sameToken(ctx.cookie(PortalServer.LOGIN_COOKIE), ctx.formParam("csrf"))) {
        s.registry.audit().append("anonymous " + ip, "csrf-refused", "POST /login", "");
        ctx.status(403);
        loginPage(ctx, "The log-in form was out of date; please log in again.");
        return;
      }
      if (!s.limiter.allowed(ip, login)) {
        s.registry.audit().append("anonymous " + ip, "login-throttled", login != null
            && s.registry.accounts().user(login).isPresent() ? "user " + shorten(login) : "an unknown log-in",
            "from " + ip);
        ctx.status(429);
        loginPage(ctx, "Too many failed log-ins; wait " + s.config.loginWindow().toMinutes() + " minutes.");
        return;
      }
      final Optional<User> u = s.registry.accounts().logIn(login == null ? "" : login, password, ip);
      if (u.isEmpty()) {
        s.limiter.failed(ip, login);
        ctx.status(401);
        loginPage(ctx, "Wrong log-in or password.");
        return;
      }
      final Sessions.Session session = s.sessions.create(u.get().id());
      h.cookie(ctx, PortalServer.SESSION_COOKIE, session.id(), "/", -1);
      h.cookie(ctx, PortalServer.LOGIN_COOKIE, "", "/login", 0);
      Handlers.seeOther(ctx, "/home", null);
    });
    h.on("POST", "/logout", (ctx, c) -> {
      if (c.session() != null) {
        s.sessions.remove(c.session().id());
      }
      s.registry.audit().append(c.actor(ctx.ip()), "logout", "user " + c.user().login(), "");
      h.cookie(ctx, PortalServer.SESSION_COOKIE, "", "/", 0);
      Handlers.seeOther(ctx, "/login", "You are logged out.");
    });
    h.on("GET", "/home", (ctx, c) -> {
      final Map<String, Object> m = new HashMap<>();
      m.put("rounds", s.registry.rounds().list());
      m.put("submissions", s.registry.submissions().list(c.user().unit()).stream().limit(100).toList());
      s.page(ctx, "home.jte", "Home", c, m);
    });
    h.on("GET", "/account", (ctx, c) -> accountPage(ctx, c, null));
    h.on("POST", "/account/tokens", (ctx, c) -> {
      final String token = s.registry.accounts().createToken(c.actor(ctx.ip()), c.user(), ctx.formParam("label"));
      if (PortalServer.wantsJson(ctx)) {
        PortalServer.json(ctx, PortalServer.JSON.createObjectNode().put("token", token).toString());
        return;
      }
      accountPage(ctx, c, token);
    });
  }

  private void loginPage(io.javalin.http.Context ctx, String error) {
    final String token = h.randomToken();
    h.cookie(ctx, PortalServer.LOGIN_COOKIE, token, "/login", 3600);
    final Map<String, Object> m = new HashMap<>();
    m.put("loginCsrf", token);
    m.put("error", error);
    s.page(ctx, "login.jte", "Log in", Caller.ANONYMOUS, m);
  }

  private void accountPage(io.javalin.http.Context ctx, Caller c, String newToken) {
    final List<ApiToken> mine = s.registry.accounts().tokens().stream()
        .filter(t -> t.userId() == c.user().id()).toList();
    final Map<String, Object> m = new HashMap<>();
    m.put("tokens", mine);
    m.put("newToken", newToken);
    s.page(ctx, "account.jte", "Account", c, m);
  }

  private static String shorten(String s) {
    return s == null ? "" : s.length() > 64 ? s.substring(0, 64) : s;
  }
}
