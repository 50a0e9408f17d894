package dk.harness.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.harness.registry.BlobStore;
import dk.harness.registry.ForbiddenException;
import dk.harness.registry.NotFoundException;
import dk.harness.registry.Registry;
import dk.harness.registry.RegistryException;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The portal: a Javalin (Jetty 12) server over a {@link Registry}. Start with {@link #start}; {@link #close} stops
 * taking requests, lets running requests finish (up to the stop timeout: an upload still streaming then is cut off
 * and its partial files are deleted), and closes the registry.
 */
public final class PortalServer implements AutoCloseable {
  static final String SESSION_COOKIE = "harness_session";
  static final String LOGIN_COOKIE = "harness_login";
  static final ObjectMapper JSON = new ObjectMapper();
  /** Pages: no script at all, styles from our own sheet, forms post only here, never framed. */
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'";

  final ServerConfig config;
  final Registry registry;
  final Sessions sessions;
  final LoginLimiter limiter;
  final TokenCache tokens;
  final RoundRunner runner;
  final Clock clock;
  final PrintWriter log;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
      "dk.harness.server.jte");
  private Javalin app;
  /** Requests being handled (uploads included), so a stop can let them finish. */
  final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
  volatile boolean stopping;
  /** How long {@link #close} waits for requests in progress. */
  static final long STOP_WAIT_MILLIS = 30_000;

  private PortalServer(ServerConfig config, Registry registry, Clock clock, PrintWriter log) {
    this.config = config;
    this.registry = registry;
    this.clock = clock;
    this.log = log;
    this.sessions = new Sessions(config.sessionIdle(), clock);
    this.limiter = new LoginLimiter(config.loginAttempts(), config.loginWindow(), clock);
    this.tokens = new TokenCache(registry, clock);
    this.runner = new RoundRunner(registry, config.runThreads(), log);
  }

  /**
   * Starts a server. Partial uploads a previous process left are deleted first, and a round run it was doing is
   * marked failed (abandoned).
   *
   * @param log where the server's own lines go (never secrets)
   */
  public static PortalServer start(ServerConfig config, Registry registry, Clock clock, PrintWriter log) {
    final PortalServer s = new PortalServer(config, registry, clock, log);
    registry.removeAbandonedUploads();
    s.runner.abandonInterrupted();
    s.app = s.create();
    s.app.start();
    for (Connector c : s.app.jettyServer().server().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setIdleTimeout(config.idleTimeout().toMillis());
      }
    }
    return s;
  }

  /** The port listened on (the real one when the configuration said 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, for people. */
  public String url() {
    final String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
    return (config.tls() ? "https://" : "http://") + host + ":" + port() + "/";
  }

  public Registry registry() {
    return registry;
  }

  private Javalin create() {
    final Path multipart = config.dataDir().resolve("tmp").resolve("multipart");
    try {
      Files.createDirectories(multipart);
    } catch (IOException e) {
      throw new RegistryException("cannot create " + multipart + " (" + e + ")", "check the data folder");
    }
    return Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.http.maxRequestSize = 1 << 20;
      c.jetty.multipartConfig.cacheDirectory(multipart.toString());
      c.jetty.multipartConfig.maxFileSize(config.uploadLimit(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxInMemoryFileSize(64 * 1024, SizeUnit.BYTES);
      c.jetty.multipartConfig.maxTotalRequestSize(maxRequest(), SizeUnit.BYTES);
      c.jetty.modifyServer(server -> server.setStopTimeout(30_000));
      c.jetty.modifyHttpConfiguration(h -> {
        h.setSendServerVersion(false);
        if (config.trustForwarded()) {
          h.addCustomizer(new org.eclipse.jetty.server.ForwardedRequestCustomizer());
        }
      });
      if (config.tls()) {
        c.jetty.addConnector((server, http) -> PemTls.connector(server, http, config));
      }
      c.routes.before(this::securityHeaders);
      new Handlers(this).register(c.routes);
      c.routes.exception(Exception.class, this::onException);
      c.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          fail(ctx, 404, "not found", null);
        }
      });
    });
  }

  /** Three files of the limit and the form fields around them. */
  long maxRequest() {
    return 3 * config.uploadLimit() + (1 << 20);
  }

  private void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    if (config.tls() || config.secureCookies()) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }

  private void onException(Exception e, Context ctx) {
    if (e instanceof BlobStore.TooLargeException t) {
      fail(ctx, 413, t.getMessage(), t.fix());
    } else if (ctx.isMultipartFormData() && isTooLarge(e)) {
      // Jetty's parser hit the limit while reading the form (e.g. for the CSRF field before the action ran).
      fail(ctx, 413, "the upload is larger than the limit of " + config.uploadLimit() + " bytes per file",
          "compress the VCF with bgzip, or ask the operator to raise the upload limit");
    } else if (e instanceof NotFoundException n) {
      fail(ctx, 404, n.getMessage(), null);
    } else if (e instanceof ForbiddenException f) {
      fail(ctx, 403, f.getMessage(), null);
    } else if (e instanceof RegistryException r) {
      fail(ctx, 400, r.getMessage(), r.fix());
    } else if (e instanceof io.javalin.http.HttpResponseException h) {
      fail(ctx, h.getStatus(), h.getMessage(), null);
    } else if (rootCause(e) instanceof java.util.concurrent.TimeoutException) {
      // Jetty's idle timeout cut a request off while it was read: a stalled (or very slow) upload.
      log.println("harness serve: a request stalled on " + ctx.method() + " " + ctx.path() + ": " + rootCause(e));
      log.flush();
      fail(ctx, 408, "the upload stalled for longer than the server's idle timeout ("
          + config.idleTimeout().toSeconds() + " s) and was abandoned",
          "send it again; if it keeps happening, ask the operator to raise idle.timeout.seconds");
    } else if (clientError(e) != null) {
      // Jetty's parser refusing what the client sent (e.g. a part header with a NUL byte) is the client's error.
      log.println("harness serve: refused a malformed request on " + ctx.method() + " " + ctx.path() + ": "
          + rootCause(e));
      log.flush();
      fail(ctx, 400, "the request is malformed (" + clientError(e).getReason() + ")",
          "send the form again from the portal's page, or check how the script builds its multipart request");
    } else {
      log.println("harness serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
      log.flush();
      fail(ctx, 500, "internal error", "try again; if it persists, tell the operator (the server log has it)");
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  /** Jetty's own 4xx refusal of a malformed request somewhere in the causes, or null. */
  private static org.eclipse.jetty.http.HttpException clientError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
        return h;
      }
    }
    return null;
  }

  /**
   * Whether a failure of Jetty's multipart parser was a part or request over the limit (it says so only in its
   * messages).
   */
  static boolean isTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      final String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("max file size") || m.contains("max request size") || m.contains("exceeds")
          || m.contains("too large") || m.contains("413")) {
        return true;
      }
    }
    return false;
  }

  /** Answers with an error: JSON for API callers, a page for browsers. */
  void fail(Context ctx, int status, String message, String fix) {
    ctx.status(status);
    if (wantsJson(ctx)) {
      final ObjectNode o = JSON.createObjectNode();
      o.put("status", status);
      o.put("error", message);
      o.put("fix", fix);
      json(ctx, o.toString());
    } else {
      final Map<String, Object> m = new HashMap<>();
      m.put("message", message);
      m.put("fix", fix);
      m.put("status", status);
      page(ctx, "message.jte", "Error " + status, Caller.ANONYMOUS, m);
    }
  }

  static boolean wantsJson(Context ctx) {
    final String accept = ctx.header("Accept");
    final String auth = ctx.header("Authorization");
    return ctx.path().startsWith("/api/") || ctx.path().equals("/health")
        || (accept != null && accept.contains("application/json") && !accept.contains("text/html"))
        || (auth != null && auth.startsWith("Bearer "));
  }

  static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(body);
  }

  /** Renders a page template inside the layout. */
  void page(Context ctx, String template, String title, Caller caller, Map<String, Object> model) {
    final Map<String, Object> m = new LinkedHashMap<>(model);
    m.put("page", new PageModel(title, caller.user(), caller.csrf(), ctx.queryParam("msg")));
    final StringOutput out = new StringOutput();
    templates.render(template, m, out);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(out.toString());
  }

  /**
   * Stops gracefully: new requests get 503 at once, requests in progress (an upload streaming in) may finish for
   * up to {@value #STOP_WAIT_MILLIS} ms, then Jetty stops and cuts off what is left (the partial files of a cut
   * upload are deleted by the upload itself, or at the next start).
   */
  @Override
  public void close() {
    stopping = true;
    final long until = System.currentTimeMillis() + STOP_WAIT_MILLIS;
    while (inFlight.get() > 0 && System.currentTimeMillis() < until) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    try {
      if (app != null) {
        app.stop();
      }
    } finally {
      runner.close();
    }
  }
}
