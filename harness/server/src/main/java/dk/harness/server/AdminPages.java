package dk.harness.server;

import dk.harness.registry.NotFoundException;
import dk.harness.registry.Role;
import dk.harness.registry.User;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** The operator's page: units, users (with one-time passwords), tokens, and the audit log. */
final class AdminPages {
  private final PortalServer s;
  private final Handlers h;

  AdminPages(PortalServer s, Handlers h) {
    this.s = s;
    this.h = h;
  }

  void define() {
    h.on("GET", "/admin", (ctx, c) -> page(ctx, c, null));
    h.on("POST", "/admin/units", (ctx, c) -> {
      s.registry.accounts().createUnit(c.actor(ctx.ip()), ctx.formParam("id"), ctx.formParam("name"));
      Handlers.seeOther(ctx, "/admin", "Unit created.");
    });
    h.on("POST", "/admin/users", (ctx, c) -> {
      final String password = s.registry.accounts().secrets().newSecret().substring(0, 20);
      final String unit = ctx.formParam("unit");
      final User u = s.registry.accounts().createUser(c.actor(ctx.ip()), ctx.formParam("login"),
          Role.of(String.valueOf(ctx.formParam("role"))), unit == null || unit.isBlank() ? null : unit, password);
      if (PortalServer.wantsJson(ctx)) {
        PortalServer.json(ctx, PortalServer.JSON.createObjectNode().put("login", u.login())
            .put("password", password).toString());
        return;
      }
      page(ctx, c, "User " + u.login() + " created. Their one-time password (shown only now): " + password);
    });
    h.on("POST", "/admin/users/{login}/active", (ctx, c) -> {
      final User u = s.registry.accounts().user(ctx.pathParam("login"))
          .orElseThrow(() -> new NotFoundException("user"));
      final boolean active = "true".equals(ctx.formParam("active"));
      s.registry.accounts().setActive(c.actor(ctx.ip()), u, active);
      if (!active) {
        s.sessions.removeUser(u.id());
      }
      s.tokens.clear();
      Handlers.seeOther(ctx, "/admin", active ? "User enabled." : "User disabled; their sessions ended.");
    });
    h.on("POST", "/admin/tokens/{token}/revoke", (ctx, c) -> {
      s.registry.accounts().revokeToken(c.actor(ctx.ip()), ctx.pathParam("token"));
      s.tokens.clear();
      Handlers.seeOther(ctx, "/admin", "Token revoked.");
    });
  }

  private void page(io.javalin.http.Context ctx, Caller c, String secretNotice) throws IOException {
    final Map<String, Object> m = new HashMap<>();
    m.put("units", s.registry.accounts().units());
    m.put("users", s.registry.accounts().users());
    m.put("tokens", s.registry.accounts().tokens());
    m.put("audit", s.registry.audit().latest(200));
    m.put("secretNotice", secretNotice);
    m.put("truthSets", s.config.truthSets() != null && Files.isRegularFile(s.config.truthSets())
        ? Files.readString(s.config.truthSets()) : "");
    s.page(ctx, "admin.jte", "Administration", c, m);
  }
}
