package dk.harness.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The portal's settings: defaults, then a properties file, then environment variables ({@code HARNESS_SERVE_} and
 * the key upper-cased with '.' as '_', e.g. {@code HARNESS_SERVE_PORT}), then command-line options. Immutable.
 *
 * @param host the address to listen on ({@code host}; default 127.0.0.1: put a reverse proxy in front)
 * @param port the port ({@code port}; 0 picks a free one)
 * @param dataDir the data folder ({@code data})
 * @param uploadLimit largest uploaded file in bytes ({@code upload.limit})
 * @param secureCookies whether cookies carry Secure ({@code cookies.secure}): on behind a TLS proxy, always on with
 *     TLS of its own
 * @param tlsCert PEM certificate chain ({@code tls.cert}), or null for plain HTTP
 * @param tlsKey PEM PKCS#8 private key ({@code tls.key}), or null
 * @param truthSets YAML list of the truth sets rounds may use ({@code truth_sets}), or null
 * @param criteria the council criteria file new rounds copy ({@code criteria}), or null
 * @param sessionIdle how long a session lives without use ({@code session.idle.minutes})
 * @param loginAttempts failed log-ins per address and log-in in {@code loginWindow} before 429
 *     ({@code login.attempts})
 * @param loginWindow the window of that limit ({@code login.window.minutes})
 * @param idleTimeout how long a connection may stay silent, e.g. a slow upload ({@code idle.timeout.seconds})
 * @param runThreads threads a round's run uses ({@code run.threads})
 * @param trustForwarded whether to take the client's address and scheme from the proxy's {@code Forwarded} /
 *     {@code X-Forwarded-*} headers ({@code proxy.forwarded}): only behind a proxy that sets them, else a client
 *     could claim any address
 */
public record ServerConfig(String host, int port, Path dataDir, long uploadLimit, boolean secureCookies,
    Path tlsCert, Path tlsKey, Path truthSets, Path criteria, Duration sessionIdle, int loginAttempts,
    Duration loginWindow, Duration idleTimeout, int runThreads, boolean trustForwarded) {

  /** Defaults for a data folder. */
  public static ServerConfig defaults(Path dataDir) {
    return new ServerConfig("127.0.0.1", 8080, dataDir, 2L << 30, false, null, null, null, null,
        Duration.ofMinutes(60), 5, Duration.ofMinutes(15), Duration.ofSeconds(30),
        Math.max(1, Runtime.getRuntime().availableProcessors()), false);
  }

  /** Whether the server speaks TLS itself. */
  public boolean tls() {
    return tlsCert != null;
  }

  /**
   * Applies a properties file (may be null) and then the environment.
   *
   * @throws IllegalArgumentException naming the key of a bad value
   */
  public ServerConfig with(Path file, Map<String, String> env) throws IOException {
    final Properties p = new Properties();
    if (file != null) {
      try (Reader r = Files.newBufferedReader(file)) {
        p.load(r);
      }
    }
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        // A misspelt key would otherwise leave its default in force without a word.
        throw new IllegalArgumentException("unknown setting '" + key + "' (known: " + String.join(", ", KEYS)
            + ")");
      }
    }
    for (String key : KEYS) {
      final String e = env.get("HARNESS_SERVE_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
      if (e != null) {
        p.setProperty(key, e);
      }
    }
    final Path base = file == null ? Path.of("") : file.toAbsolutePath().getParent();
    return new ServerConfig(p.getProperty("host", host), integer(p, "port", port),
        path(p, "data", base, dataDir), longValue(p, "upload.limit", uploadLimit),
        bool(p, "cookies.secure", secureCookies),
        path(p, "tls.cert", base, tlsCert), path(p, "tls.key", base, tlsKey), path(p, "truth_sets", base, truthSets),
        path(p, "criteria", base, criteria), Duration.ofMinutes(integer(p, "session.idle.minutes",
        (int) sessionIdle.toMinutes())), integer(p, "login.attempts", loginAttempts),
        Duration.ofMinutes(integer(p, "login.window.minutes", (int) loginWindow.toMinutes())),
        Duration.ofSeconds(integer(p, "idle.timeout.seconds", (int) idleTimeout.toSeconds())),
        integer(p, "run.threads", runThreads),
        bool(p, "proxy.forwarded", trustForwarded));
  }

  /** The keys a configuration file may set. */
  public static final java.util.List<String> KEYS = java.util.List.of("host", "port", "data", "upload.limit",
      "cookies.secure", "tls.cert", "tls.key", "truth_sets", "criteria", "session.idle.minutes", "login.attempts",
      "login.window.minutes", "idle.timeout.seconds", "run.threads", "proxy.forwarded");

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, dataDir, uploadLimit, secureCookies, tlsCert, tlsKey, truthSets, criteria,
        sessionIdle, loginAttempts, loginWindow, idleTimeout, runThreads, trustForwarded);
  }

  public ServerConfig withUploadLimit(long limit) {
    return new ServerConfig(host, port, dataDir, limit, secureCookies, tlsCert, tlsKey, truthSets, criteria,
        sessionIdle, loginAttempts, loginWindow, idleTimeout, runThreads, trustForwarded);
  }

  public ServerConfig withRounds(Path newTruthSets, Path newCriteria) {
    return new ServerConfig(host, port, dataDir, uploadLimit, secureCookies, tlsCert, tlsKey, newTruthSets,
        newCriteria, sessionIdle, loginAttempts, loginWindow, idleTimeout, runThreads, trustForwarded);
  }

  public ServerConfig withTls(Path cert, Path key) {
    return new ServerConfig(host, port, dataDir, uploadLimit, true, cert, key, truthSets, criteria, sessionIdle,
        loginAttempts, loginWindow, idleTimeout, runThreads, trustForwarded);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, dataDir, uploadLimit, secureCookies, tlsCert, tlsKey, truthSets, criteria,
        sessionIdle, loginAttempts, loginWindow, idleTimeout, runThreads, trustForwarded);
  }

  public ServerConfig withLoginLimit(int attempts, Duration window) {
    return new ServerConfig(host, port, dataDir, uploadLimit, secureCookies, tlsCert, tlsKey, truthSets, criteria,
        sessionIdle, attempts, window, idleTimeout, runThreads, trustForwarded);
  }

  /** {@code true} or {@code false} only: Boolean.parseBoolean would read {@code yes} as false. */
  private static boolean bool(Properties p, String key, boolean dflt) {
    final String v = p.getProperty(key);
    if (v == null) {
      return dflt;
    }
    final String t = v.strip().toLowerCase(Locale.ROOT);
    if (!t.equals("true") && !t.equals("false")) {
      throw new IllegalArgumentException("setting " + key + " = '" + v + "' is not true or false");
    }
    return t.equals("true");
  }

  private static int integer(Properties p, String key, int dflt) {
    return (int) longValue(p, key, dflt);
  }

  private static long longValue(Properties p, String key, long dflt) {
    final String v = p.getProperty(key);
    if (v == null) {
      return dflt;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " = '" + v + "' is not a whole number");
    }
  }

  private static Path path(Properties p, String key, Path base, Path dflt) {
    final String v = p.getProperty(key);
    return v == null || v.isBlank() ? dflt : base.resolve(v.strip()).toAbsolutePath().normalize();
  }
}
