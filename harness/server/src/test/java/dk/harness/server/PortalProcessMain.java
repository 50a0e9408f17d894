package dk.harness.server;

import dk.harness.registry.Registry;
import dk.harness.registry.Secrets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A portal in a process of its own, for tests that kill it (kill -9) and for the load benchmark, which measures its
 * memory apart from the clients'. Arguments: data folder, truth-sets file, criteria file, upload limit in bytes.
 * The environment's {@code HARNESS_SERVE_*} settings apply (e.g. {@code HARNESS_SERVE_IDLE_TIMEOUT_SECONDS}).
 * Prints {@code PORT <n>} on standard output once it listens; the server's own log goes to standard error.
 */
public final class PortalProcessMain {
  private PortalProcessMain() {
  }

  public static void main(String[] args) throws Exception {
    final Path data = Path.of(args[0]);
    final Registry registry = Registry.open(data, Clock.systemUTC());
    registry.accounts().useSecrets(new Secrets(4));
    final ServerConfig cfg = ServerConfig.defaults(data).withPort(0).withRounds(Path.of(args[1]), Path.of(args[2]))
        .withUploadLimit(Long.parseLong(args[3])).with(null, System.getenv());
    final PortalServer server = PortalServer.start(cfg, registry, Clock.systemUTC(), new PrintWriter(System.err,
        true));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** Starts this main in a new JVM (same class path) and waits for its port. */
  static Started spawn(Path data, Path truthSets, Path criteria, long uploadLimit, String... jvmOptions)
      throws Exception {
    final java.util.List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(java.util.List.of(jvmOptions));
    cmd.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), PortalProcessMain.class.getName(),
        data.toString(), truthSets.toString(), criteria.toString(), Long.toString(uploadLimit)));
    final Process proc = new ProcessBuilder(cmd).redirectError(data.resolveSibling(data.getFileName() + ".log")
        .toFile()).start();
    final java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
        proc.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    final String line = out.readLine();
    if (line == null || !line.startsWith("PORT ")) {
      proc.destroyForcibly();
      throw new IllegalStateException("the portal process did not start: " + line + "; see "
          + data.resolveSibling(data.getFileName() + ".log"));
    }
    return new Started(proc, Integer.parseInt(line.substring(5).strip()));
  }

  /** A running portal process and its port. */
  record Started(Process process, int port) {
    String base() {
      return "http://127.0.0.1:" + port;
    }
  }
}
