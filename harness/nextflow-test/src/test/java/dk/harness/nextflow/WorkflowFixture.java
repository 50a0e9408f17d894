package dk.harness.nextflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the workflow tests share: the shaded harness jar and Nextflow's classpath, the demo cohort with a
 * single-machine {@code harness run} of its plan, launching {@code nextflow run workflow/main.nf}, and comparing two
 * runs (outputs byte for byte, run.json up to times, timings and host, history rows).
 */
final class WorkflowFixture {
  static final String RUN_ID = "nf-equal";
  static final Pattern UNIT_RESULT = Pattern.compile("unit-\\d+\\.result\\.json");
  /**
   * What Nextflow's own launcher script opens on Java 9+. Without them Kryo cannot serialise task records, the
   * cache database stays empty (silently) and -resume re-runs every task.
   */
  static final List<String> OPENS = List.of("java.lang", "java.io", "java.nio", "java.net", "java.util",
      "java.util.concurrent.locks", "java.util.concurrent.atomic", "java.nio.file.spi", "sun.nio.ch", "sun.nio.fs",
      "sun.net.www.protocol.http", "sun.net.www.protocol.https", "sun.net.www.protocol.ftp",
      "sun.net.www.protocol.file", "jdk.internal.misc", "jdk.internal.vm", "java.util.regex");

  final Path root;
  final Path jar;
  final String nextflowCp;
  final Path work;

  private WorkflowFixture(Path root, Path jar, String nextflowCp, Path work) {
    this.root = root;
    this.jar = jar;
    this.nextflowCp = nextflowCp;
    this.work = work;
  }

  /**
   * Checks the jar and Nextflow, makes {@code target/<name>} afresh, writes the demo cohort (five units, two
   * contigs) and runs its plan with {@code harness run} into {@code single/} with run id {@value #RUN_ID}.
   */
  static WorkflowFixture prepare(String name) throws Exception {
    final Path root = repoRoot();
    final Path jar = root.resolve("harness/cli/target/harness.jar");
    assumeTrue(freshJar(root, jar), "the shaded jar " + jar + " is missing or older than the classes: run "
        + "'mvn verify' (the workflow runs the jar built in the cli module's package phase)");
    final Path cpFile = Path.of(System.getProperty("nextflow.classpath", "target/nextflow.classpath"));
    assertTrue(Files.isRegularFile(cpFile), "no Nextflow classpath file " + cpFile);
    final String cp = Files.readString(cpFile).strip();
    assertTrue(cp.contains("nextflow-" + System.getProperty("nextflow.version", "")), cp);
    final WorkflowFixture f = new WorkflowFixture(root, jar, cp, fresh(Path.of("target", name).toAbsolutePath()));
    final int demo = f.harness("demo", "--out", f.work.resolve("demo").toString(), "--seed", "3",
        "--contig-length", "150000", "--threads", "2");
    assertTrue(demo == 0 || demo == 3, "harness demo exit code " + demo);
    final int single = f.harness("run", "--plan", f.plan().toString(), "--run-id", RUN_ID, "--results",
        f.work.resolve("single").toString(), "--quiet");
    assertTrue(single == 0 || single == 3, "harness run exit code " + single);
    return f;
  }

  Path plan() {
    return work.resolve("demo/demo-cohort/plan.yaml");
  }

  /**
   * Starts {@code nextflow run workflow/main.nf -profile PROFILE} over the demo plan, offline, one compare unit
   * per contig, results into {@code nf-results/}, trace into {@code pipeline_info/}; output in
   * {@code launch/<log>.log}.
   */
  Process nextflow(String profile, String log, Map<String, String> extraEnv, String... extraArgs)
      throws IOException {
    final Path launch = Files.createDirectories(work.resolve("launch"));
    final List<String> cmd = new ArrayList<>(List.of(java().toString(), "-Xmx1g", "-Dfile.encoding=UTF-8",
        "-Djava.awt.headless=true"));
    OPENS.forEach(p -> cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
    cmd.addAll(List.of("-cp", nextflowCp, "nextflow.cli.Launcher", "run", root.resolve("workflow/main.nf")
        .toString(), "-profile", profile, "-work-dir", work.resolve("nf-work").toString(),
        "--plan", plan().toString(), "--records_per_shard", "1", "--run_id", RUN_ID,
        "--outdir", work.resolve("nf-results").toString(), "--tracedir", work.resolve("pipeline_info").toString(),
        "--max_cpus", "2", "--harness_jar", jar.toString(),
        "--intake_memory", "1 GB", "--compare_memory", "1 GB", "--merge_memory", "2 GB"));
    cmd.addAll(List.of(extraArgs));
    final ProcessBuilder pb = new ProcessBuilder(cmd).directory(launch.toFile()).redirectErrorStream(true)
        .redirectOutput(launch.resolve(log + ".log").toFile());
    final Map<String, String> env = pb.environment();
    env.put("NXF_HOME", work.resolve("nxf-home").toString());
    env.put("NXF_OFFLINE", "true");
    env.put("NXF_ANSI_LOG", "false");
    env.put("NXF_DISABLE_CHECK_LATEST", "true");
    // Tasks run `java` from PATH: the JVM running this test.
    env.put("PATH", java().getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.putAll(extraEnv);
    return pb.start();
  }

  /** The tail of a Nextflow log, for failure messages. */
  String log(String name) {
    try {
      final String text = Files.readString(work.resolve("launch").resolve(name + ".log"));
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The workflow's run equals the single-machine run, files and history rows. */
  void assertSameAsSingleRun() throws IOException, SQLException {
    final Path expected = work.resolve("single").resolve(RUN_ID);
    final Path actual = work.resolve("nf-results").resolve(RUN_ID);
    final Set<String> files = files(expected);
    assertEquals(files, files(actual));
    assertTrue(files.size() > 50, files.toString());
    for (String f : files) {
      if (f.equals("run.json")) {
        assertEquals(provenanceFree(expected.resolve(f)), provenanceFree(actual.resolve(f)), "run.json");
      } else if (f.endsWith("/sv/params.json")) {
        // Truvari's params.json names the folder it was written to: each run's own, the rest equal.
        final String folder = f.substring(0, f.length() - "/params.json".length());
        assertEquals(Files.readString(expected.resolve(f)).replace(expected.resolve(folder).toString(), "OUT"),
            Files.readString(actual.resolve(f)).replace(actual.resolve(folder).toString(), "OUT"), f);
      } else {
        assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
      }
    }
    final List<String> rows = historyRows(work.resolve("single/history.sqlite"));
    assertTrue(rows.size() > 10, rows.toString());
    assertEquals(rows, historyRows(work.resolve("nf-results/history.sqlite")));
  }

  int harness(String... args) throws Exception {
    final List<String> cmd = new ArrayList<>(List.of(java().toString(), "-Xmx2g", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    final Path out = work.resolve("harness-" + args[0] + ".log");
    final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "harness " + args[0] + " did not finish");
    return p.exitValue();
  }

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  int finishedUnits() throws IOException {
    final Path nfWork = work.resolve("nf-work");
    if (!Files.isDirectory(nfWork)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(nfWork, 3)) {
      return (int) s.filter(p -> UNIT_RESULT.matcher(p.getFileName().toString()).matches()).count();
    }
  }

  /** The trace files, oldest first (their names carry the start time). */
  List<Path> traces() throws IOException {
    try (Stream<Path> s = Files.list(work.resolve("pipeline_info"))) {
      return s.filter(p -> p.getFileName().toString().startsWith("execution_trace_")).sorted().toList();
    }
  }

  /** Task count per status in a Nextflow trace file (tab-separated, with a header naming the 'status' column). */
  static Map<String, Integer> traceStatuses(Path trace) throws IOException {
    return column(trace, "status");
  }

  /** Task count per value of a trace column. */
  static Map<String, Integer> column(Path trace, String name) throws IOException {
    final List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
    final int col = List.of(lines.get(0).split("\t")).indexOf(name);
    assertTrue(col >= 0, lines.get(0));
    final Map<String, Integer> out = new java.util.TreeMap<>();
    for (String l : lines.subList(1, lines.size())) {
      out.merge(l.split("\t")[col], 1, Integer::sum);
    }
    return out;
  }

  /** run.json without the lines that are provenance: times, timings, host. */
  private static String provenanceFree(Path runJson) throws IOException {
    final StringBuilder sb = new StringBuilder();
    boolean inHost = false;
    for (String line : Files.readAllLines(runJson, StandardCharsets.UTF_8)) {
      final String t = line.strip();
      if (t.startsWith("\"host\" : {")) {
        inHost = true;
        continue;
      }
      if (inHost) {
        inHost = !t.startsWith("}");
        continue;
      }
      if (t.matches("\"(started_at|finished_at|load_seconds|intake_seconds|truth_wait_seconds|compare_seconds"
          + "|total_seconds)\" : .*")) {
        continue;
      }
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  private static List<String> historyRows(Path db) throws SQLException {
    final List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      for (String sql : List.of(
          "SELECT run_id, harness_version, plan_sha256, criteria_version, exit_code FROM runs ORDER BY run_id",
          "SELECT * FROM comparisons ORDER BY comparison_id",
          "SELECT * FROM metrics ORDER BY comparison_id, filter, type, subset")) {
        try (ResultSet rs = st.executeQuery(sql)) {
          final int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            final StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              sb.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append('|');
            }
            out.add(sb.toString());
          }
        }
      }
    }
    return out;
  }

  private static Set<String> files(Path root) throws IOException {
    final Set<String> out = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString()));
    }
    return out;
  }

  /** Whether the jar exists and is not older than any compiled class of the modules it holds (resources are copied
   * again by every build, so only classes count). */
  private static boolean freshJar(Path root, Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    final long built = Files.getLastModifiedTime(jar).toMillis();
    for (String m : List.of("core", "io", "report", "catalog", "simulate", "workflow", "cli")) {
      final Path classes = root.resolve("harness").resolve(m).resolve("target/classes");
      if (!Files.isDirectory(classes)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(classes)) {
        if (s.anyMatch(p -> {
          try {
            return p.toString().endsWith(".class") && Files.getLastModifiedTime(p).toMillis() > built;
          } catch (IOException e) {
            return true;
          }
        })) {
          return false;
        }
      }
    }
    return true;
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static Path repoRoot() throws IOException {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      final Path pom = dir.resolve("pom.xml");
      if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>harness-parent</artifactId>")
          && !Files.readString(pom).contains("<parent>")) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find the repository root above " + System.getProperty("user.dir"));
  }
}
