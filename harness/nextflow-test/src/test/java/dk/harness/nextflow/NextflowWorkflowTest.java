package dk.harness.nextflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.junit.jupiter.api.Test;

/**
 * The Nextflow test: {@code workflow/main.nf} run by Nextflow from Maven Central (offline, no plugins, local
 * executor on 2 CPUs) over the simulated demo cohort writes the same run folder and history rows as a single-machine
 * {@code harness run} of the same plan; a workflow killed half-way and resumed with {@code -resume} reuses the
 * finished units and ends with the same result.
 *
 * <p>The workflow runs the shaded jar {@code harness/cli/target/harness.jar}, built in the cli module's package
 * phase: under {@code mvn verify} it is fresh; under {@code mvn test} alone it may be missing or stale, and the test
 * is skipped with a message saying so.
 */
class NextflowWorkflowTest {
  private static final String RUN_ID = "nf-equal";
  private static final Pattern UNIT_RESULT = Pattern.compile("unit-\\d+\\.result\\.json");
  /**
   * What Nextflow's own launcher script opens on Java 9+. Without them Kryo cannot serialise task records, the
   * cache database stays empty (silently) and -resume re-runs every task.
   */
  private static final List<String> OPENS = List.of("java.lang", "java.io", "java.nio", "java.net", "java.util",
      "java.util.concurrent.locks", "java.util.concurrent.atomic", "java.nio.file.spi", "sun.nio.ch", "sun.nio.fs",
      "sun.net.www.protocol.http", "sun.net.www.protocol.https", "sun.net.www.protocol.ftp",
      "sun.net.www.protocol.file", "jdk.internal.misc", "jdk.internal.vm", "java.util.regex");

  @Test
  void workflowEqualsSingleMachineRunAndResumesAfterAKill() throws Exception {
    final Path root = repoRoot();
    final Path jar = root.resolve("harness/cli/target/harness.jar");
    assumeTrue(freshJar(root, jar), "the shaded jar " + jar + " is missing or older than the classes: run "
        + "'mvn verify' (the workflow runs the jar built in the cli module's package phase)");
    final Path cpFile = Path.of(System.getProperty("nextflow.classpath", "target/nextflow.classpath"));
    assertTrue(Files.isRegularFile(cpFile), "no Nextflow classpath file " + cpFile);
    final String nextflowCp = Files.readString(cpFile).strip();
    assertTrue(nextflowCp.contains("nextflow-" + System.getProperty("nextflow.version", "")), nextflowCp);

    final Path work = fresh(Path.of("target", "nf-test").toAbsolutePath());
    // The demo cohort (five units, two contigs) and its plan; the demo's own run goes to work/demo.
    final int demo = harness(jar, work, "demo", "--out", work.resolve("demo").toString(), "--seed", "3",
        "--contig-length", "150000", "--threads", "2");
    assertTrue(demo == 0 || demo == 3, "harness demo exit code " + demo);
    final Path plan = work.resolve("demo/demo-cohort/plan.yaml");
    final int single = harness(jar, work, "run", "--plan", plan.toString(), "--run-id", RUN_ID, "--results",
        work.resolve("single").toString(), "--quiet");
    assertTrue(single == 0 || single == 3, "harness run exit code " + single);

    // First attempt: killed (SIGTERM, as a scheduler's time limit or scancel does) once a few units finished.
    final Path nfWork = work.resolve("nf-work");
    final Path launch = Files.createDirectories(work.resolve("launch"));
    final Process first = nextflow(nextflowCp, root, work, launch, nfWork, false);
    final long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (finishedUnits(nfWork) < 4 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertTrue(first.isAlive(), "the workflow ended before it could be killed: " + log(launch, "first"));
    final int killedAt = finishedUnits(nfWork);
    first.destroy();
    assertTrue(first.waitFor(2, TimeUnit.MINUTES), "Nextflow did not stop on SIGTERM");
    assertNotEquals(0, first.exitValue(), "the killed workflow reported success");
    assertFalse(Files.exists(work.resolve("nf-results").resolve(RUN_ID)), "a killed workflow wrote a run");

    // Resumed: finishes, reusing the units the first attempt completed.
    final Process second = nextflow(nextflowCp, root, work, launch, nfWork, true);
    assertTrue(second.waitFor(10, TimeUnit.MINUTES), "the resumed workflow did not finish in 10 minutes");
    assertEquals(0, second.exitValue(), "resumed workflow failed: " + log(launch, "second"));
    final List<Path> traces = traces(work.resolve("pipeline_info"));
    assertEquals(2, traces.size(), traces.toString());
    final int doneBeforeKill = traceStatuses(traces.get(0)).getOrDefault("COMPLETED", 0);
    final Map<String, Integer> statuses = traceStatuses(traces.get(1));
    assertEquals(Integer.valueOf(17), statuses.values().stream().reduce(0, Integer::sum),
        "plan, 5 intake and 10 compare units, merge: " + statuses);
    assertTrue(doneBeforeKill >= 2, "the killed attempt recorded " + doneBeforeKill + " finished tasks");
    assertEquals(Integer.valueOf(doneBeforeKill), statuses.get("CACHED"), "every task the killed attempt finished "
        + "is reused (" + killedAt + " unit results were on disk at the kill): " + statuses);
    assertEquals(Integer.valueOf(17), statuses.getOrDefault("CACHED", 0) + statuses.getOrDefault("COMPLETED", 0),
        statuses.toString());

    // The workflow's run equals the single-machine run: outputs byte for byte, run.json up to times, timings
    // and host, and the history rows.
    final Path expected = work.resolve("single").resolve(RUN_ID);
    final Path actual = work.resolve("nf-results").resolve(RUN_ID);
    final Set<String> files = files(expected);
    assertEquals(files, files(actual));
    assertTrue(files.size() > 50, files.toString());
    for (String f : files) {
      if (f.equals("run.json")) {
        assertEquals(provenanceFree(expected.resolve(f)), provenanceFree(actual.resolve(f)), "run.json");
      } else {
        assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
      }
    }
    final List<String> rows = historyRows(work.resolve("single/history.sqlite"));
    assertTrue(rows.size() > 10, rows.toString());
    assertEquals(rows, historyRows(work.resolve("nf-results/history.sqlite")));
  }

  /** Starts {@code nextflow run workflow/main.nf -profile local} over the plan, offline, on 2 CPUs. */
  private static Process nextflow(String cp, Path root, Path work, Path launch, Path nfWork, boolean resume)
      throws IOException {
    final List<String> cmd = new ArrayList<>(List.of(java().toString(), "-Xmx1g", "-Dfile.encoding=UTF-8",
        "-Djava.awt.headless=true"));
    OPENS.forEach(p -> cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
    cmd.addAll(List.of("-cp", cp, "nextflow.cli.Launcher", "run", root.resolve("workflow/main.nf").toString(), "-profile", "local",
        "-work-dir", nfWork.toString(),
        "--plan", work.resolve("demo/demo-cohort/plan.yaml").toString(),
        "--records_per_shard", "1", "--run_id", RUN_ID, "--outdir", work.resolve("nf-results").toString(),
        "--tracedir", work.resolve("pipeline_info").toString(), "--max_cpus", "2",
        "--harness_jar", root.resolve("harness/cli/target/harness.jar").toString(),
        "--intake_memory", "1 GB", "--compare_memory", "1 GB", "--merge_memory", "2 GB"));
    if (resume) {
      cmd.add("-resume");
    }
    final ProcessBuilder pb = new ProcessBuilder(cmd).directory(launch.toFile())
        .redirectErrorStream(true)
        .redirectOutput(launch.resolve(resume ? "second.log" : "first.log").toFile());
    final Map<String, String> env = pb.environment();
    env.put("NXF_HOME", work.resolve("nxf-home").toString());
    env.put("NXF_OFFLINE", "true");
    env.put("NXF_ANSI_LOG", "false");
    env.put("NXF_DISABLE_CHECK_LATEST", "true");
    // Tasks run `java` from PATH: the JVM running this test.
    env.put("PATH", java().getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    return pb.start();
  }

  private static int harness(Path jar, Path work, String... args) throws Exception {
    final List<String> cmd = new ArrayList<>(List.of(java().toString(), "-Xmx2g", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    final Path out = work.resolve("harness-" + args[0] + ".log");
    final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "harness " + args[0] + " did not finish");
    return p.exitValue();
  }

  private static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  private static int finishedUnits(Path nfWork) throws IOException {
    if (!Files.isDirectory(nfWork)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(nfWork, 3)) {
      return (int) s.filter(p -> UNIT_RESULT.matcher(p.getFileName().toString()).matches()).count();
    }
  }

  /** The trace files, oldest first (their names carry the start time). */
  private static List<Path> traces(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("execution_trace_")).sorted().toList();
    }
  }

  /** Task count per status in a Nextflow trace file (tab-separated, with a header naming the 'status' column). */
  private static Map<String, Integer> traceStatuses(Path trace) throws IOException {
    final List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
    final int col = List.of(lines.get(0).split("\t")).indexOf("status");
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

  private static String log(Path launch, String name) {
    try {
      final String text = Files.readString(launch.resolve(name + ".log"));
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
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
