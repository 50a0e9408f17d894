package dk.harness.server;

import dk.harness.registry.DemoPortal;
import dk.harness.registry.Registry;
import dk.harness.registry.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real portal on a random loopback port over a fresh data folder holding the small simulated demo (five units,
 * their users, a council user, an operator, an open round). For HTTP tests: start one per test (or per class),
 * close it after. Bcrypt runs at cost 4 so log-ins are fast.
 */
final class TestPortal implements AutoCloseable {
  final Path data;
  final Registry registry;
  final PortalServer server;
  final DemoPortal.Setup demo;
  final StringWriter log = new StringWriter();

  /**
   * @param submit whether the demo units' calls are submitted at set-up
   * @param settings changes to the default test settings
   */
  TestPortal(Path data, boolean submit, UnaryOperator<ServerConfig> settings) throws Exception {
    this.data = data;
    this.registry = Registry.open(data, Clock.systemUTC());
    registry.accounts().useSecrets(new Secrets(4));
    this.demo = DemoPortal.create(registry, 11, 20_000, submit);
    final ServerConfig cfg = settings.apply(ServerConfig.defaults(data).withPort(0)
        .withRounds(demo.cohort().resolve("truth-sets.yaml"), demo.criteria())
        .withLoginLimit(20, Duration.ofMinutes(15)));
    this.server = PortalServer.start(cfg, registry, Clock.systemUTC(), new PrintWriter(log, true));
  }

  TestPortal(Path data) throws Exception {
    this(data, false, c -> c);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  String password(String login) {
    return demo.passwords().get(login);
  }

  Map<String, String> passwords() {
    return demo.passwords();
  }

  /** A logged-in browser-like client. */
  HttpSession login(String login) throws Exception {
    final HttpSession s = new HttpSession(base());
    final HttpSession.Response r = s.login(login, password(login));
    if (r.status() != 303) {
      throw new AssertionError("log-in of " + login + " failed: " + r.status() + " " + r.body());
    }
    return s;
  }

  @Override
  public void close() {
    server.close();
    registry.close();
  }
}
