package dk.harness.cli;

import dk.harness.io.InputException;
import dk.harness.registry.DemoPortal;
import dk.harness.registry.Registry;
import dk.harness.registry.RegistryException;
import dk.harness.registry.Role;
import dk.harness.server.PortalServer;
import dk.harness.server.ServerConfig;
import dk.harness.simulate.SimulationConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness serve}: the submission portal. The work is done by {@link PortalServer}; see docs/portal.md. */
@Command(
    name = "serve",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Run the submission portal: units upload and see their own results, the council sees all.",
    descriptionHeading = "%n",
    description = {
        "Serves the portal from one data folder (its database portal.sqlite, the submitted files, runs and the "
            + "history). Settings come from --config (a properties file), then HARNESS_SERVE_* environment "
            + "variables, then these options. Stops gracefully on SIGTERM / Ctrl-C. See docs/portal.md.",
        "",
        "First start: 'harness serve --data DIR --init' creates the first operator and prints a one-time "
            + "password. Demo: 'harness serve --demo' sets up the simulated demo cohort with five units.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  stopped cleanly (or --init done)",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  bad configuration or data folder"})
public final class ServeCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--data", paramLabel = "DIR", description = "The data folder. Default: portal-data (with --demo: "
      + "results/portal-demo).")
  Path data;

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (key = value; docs/portal.md).")
  Path configFile;

  @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on. Default: 127.0.0.1.")
  String host;

  @Option(names = "--port", paramLabel = "N", description = "Port (0: any free one). Default: 8080.")
  Integer port;

  @Option(names = "--init", description = "Create the first operator, print its one-time password, and exit.")
  boolean init;

  @Option(names = "--operator", paramLabel = "LOGIN", description = "The first operator's log-in (--init). "
      + "Default: ${DEFAULT-VALUE}.")
  String operator = "operator";

  @Option(names = "--demo", description = "Set up the demo cohort with five units in an empty data folder, start, "
      + "and print the URL and the demo log-ins.")
  boolean demo;

  @Option(names = "--contig-length", paramLabel = "BP", hidden = true,
      description = "Demo contig length (smaller is faster). Default: ${DEFAULT-VALUE}.")
  int contigLength = 100_000;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  ServeCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    Path dataDir = data != null ? data : Path.of(demo ? "results/portal-demo" : "portal-data");
    ServerConfig cfg;
    try {
      cfg = ServerConfig.defaults(dataDir.toAbsolutePath().normalize()).with(configFile, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new InputException(configFile, -1, e.getMessage(), "fix the setting");
    }
    if (data != null) {
      cfg = new ServerConfig(cfg.host(), cfg.port(), data.toAbsolutePath().normalize(), cfg.uploadLimit(),
          cfg.secureCookies(), cfg.tlsCert(), cfg.tlsKey(), cfg.truthSets(), cfg.criteria(), cfg.sessionIdle(),
          cfg.loginAttempts(), cfg.loginWindow(), cfg.idleTimeout(), cfg.runThreads(), cfg.trustForwarded());
    }
    if (host != null) {
      cfg = cfg.withHost(host);
    }
    if (port != null) {
      cfg = cfg.withPort(port);
    }
    try {
      return serve(cfg);
    } catch (RegistryException e) {
      throw new InputException(cfg.dataDir(), -1, e.getMessage(), e.fix());
    }
  }

  private int serve(ServerConfig config) throws Exception {
    ServerConfig cfg = config;
    final Registry reg = Registry.open(cfg.dataDir(), Clock.systemUTC());
    Map<String, String> demoLogins = null;
    try {
      if (init) {
        if (reg.accounts().hasOperator()) {
          throw new RegistryException("the data folder " + cfg.dataDir() + " has an operator already",
              "log in as that operator (or use another --data folder)");
        }
        final String secret = reg.accounts().secrets().newSecret().substring(0, 20);
        reg.accounts().createUser("cli serve --init", operator, Role.OPERATOR, null, secret);
        out.println("Created operator '" + operator + "' in " + cfg.dataDir());
        out.println("One-time password (shown only now; change it by creating a new operator if lost): " + secret);
        out.flush();
        reg.close();
        return Main.EXIT_OK;
      }
      if (demo) {
        if (reg.accounts().users().isEmpty()) {
          out.println("Setting up the demo cohort in " + cfg.dataDir() + " (simulate, five units, submit) ...");
          out.flush();
          final DemoPortal.Setup setup = DemoPortal.create(reg, SimulationConfig.DEFAULT_SEED, contigLength, true);
          demoLogins = setup.passwords();
          Files.writeString(cfg.dataDir().resolve("demo-logins.txt"), String.join("\n",
              demoLogins.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + "\n");
          cfg = cfg.withRounds(setup.cohort().resolve("truth-sets.yaml"), setup.criteria());
        } else {
          final Path cohort = cfg.dataDir().resolve(DemoPortal.COHORT);
          cfg = cfg.withRounds(cohort.resolve("truth-sets.yaml"), cohort.resolve("council-criteria.yaml"));
          out.println("Reusing the demo in " + cfg.dataDir() + " (log-ins in " + cfg.dataDir()
              .resolve("demo-logins.txt") + ")");
        }
      } else if (!reg.accounts().hasOperator()) {
        throw new RegistryException("the data folder " + cfg.dataDir() + " has no operator yet",
            "run 'harness serve --data " + cfg.dataDir() + " --init' first");
      }
    } catch (RuntimeException | java.io.IOException e) {
      reg.close();
      throw e;
    }
    final PortalServer server = PortalServer.start(cfg, reg, Clock.systemUTC(), err);
    final CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("harness serve: stopping (finishing requests in progress) ...");
      err.flush();
      server.close();
      reg.close();
      stopped.countDown();
    }, "harness-serve-stop"));
    out.println("harness portal: " + server.url() + " (data " + cfg.dataDir() + ")");
    if (demoLogins != null) {
      out.println("Demo log-ins (also in " + cfg.dataDir().resolve("demo-logins.txt") + "):");
      demoLogins.forEach((login, pw) -> out.println("  " + login + "  " + pw));
      out.println("Round " + DemoPortal.ROUND + " is open with each unit's calls submitted; as the operator, close "
          + "it, run it, publish it; then log in as the council to read the report.");
    }
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return Main.EXIT_OK;
  }
}
