package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * bin/harness's choice of JVM settings (docs/benchmarks.md, "Round 3"), run in a copy of the launcher inside a
 * fake repository whose "java" executables only print how they were called: C1 only for small comparisons, the
 * AOT cache only with the JDK that wrote it and only when it is newer than the jar, the user's options winning.
 */
class LauncherJvmSettingsTest {
  private static final Path LAUNCHER = repoRoot().resolve("bin/harness");
  private Path root;
  private Path jar;
  private Path aot;
  private Path plainJava;
  private Path jdk25;
  private Path small;

  @BeforeEach
  void fakeRepository() throws IOException {
    assumeTrue(Files.isRegularFile(LAUNCHER) && Files.isExecutable(Path.of("/bin/bash")), "bin/harness and bash");
    root = Files.createTempDirectory(Path.of("target"), "launcher-").toAbsolutePath().toRealPath();
    Files.writeString(root.resolve("pom.xml"), "<project><artifactId>harness-parent</artifactId></project>\n");
    Files.createDirectories(root.resolve("bin"));
    Files.copy(LAUNCHER, root.resolve("bin/harness"));
    Files.createDirectories(root.resolve("harness/cli/target"));
    jar = Files.writeString(root.resolve("harness/cli/target/harness.jar"), "jar");
    aot = root.resolve("harness/cli/target/harness.aot");
    plainJava = stub(root.resolve("jdk17/bin/java"), "plain-java");
    jdk25 = stub(root.resolve("jdk25/bin/java"), "jdk25-java");
    small = Files.writeString(root.resolve("small.vcf"), "##fileformat=VCFv4.2\n");
    // Nothing newer than the jar, so the launcher does not try to build.
    setTime(root.resolve("pom.xml"), 0);
    setTime(jar, 1_000);
  }

  @Test
  void aSmallComparisonRunsWithC1OnlyAndTheThroughputCollector() throws Exception {
    final String args = launch(Map.of(), "compare", "--truth", small.toString(), "--query", small.toString());
    assertTrue(args.startsWith("plain-java "), args);
    assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args);
    assertTrue(args.contains("-XX:+UseParallelGC"), args);
    assertFalse(args.contains("AOTCache"), args);
  }

  @Test
  void theInputsAreFoundInEitherOptionForm() throws Exception {
    assertTrue(launch(Map.of(), "compare", "--truth=" + small, "--query=" + small).contains("TieredStopAtLevel=1"));
  }

  @Test
  void inputsAtTheThresholdKeepTheOptimisingCompiler() throws Exception {
    final long both = 2 * Files.size(small);
    final String at = launch(Map.of("HARNESS_C1_BYTES", Long.toString(both)), "compare", "--truth", small.toString(),
        "--query", small.toString());
    assertFalse(at.contains("TieredStopAtLevel"), at);
    final String above = launch(Map.of("HARNESS_C1_BYTES", Long.toString(both + 1)), "compare", "--truth",
        small.toString(), "--query", small.toString());
    assertTrue(above.contains("TieredStopAtLevel=1"), above);
  }

  @Test
  void otherCommandsAndMissingInputsKeepTheDefaultCompilers() throws Exception {
    assertFalse(launch(Map.of(), "run", "--plan", small.toString()).contains("TieredStopAtLevel"));
    assertFalse(launch(Map.of(), "compare", "--truth", "missing.vcf").contains("TieredStopAtLevel"));
  }

  @Test
  void compareSvRunsWithC1AndAYoungGenerationThatNeedsNoCollection() throws Exception {
    final String args = launch(Map.of(), "compare-sv", "--truth", small.toString());
    assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args);
    assertTrue(args.contains("-Xmn384m"), args);
    final String sized = launch(Map.of("HARNESS_JAVA_OPTS", "-Xmx2g -XX:TieredStopAtLevel=4"), "compare-sv");
    assertFalse(sized.contains("-Xmn384m"), "a heap size in HARNESS_JAVA_OPTS wins: " + sized);
    assertFalse(sized.contains("TieredStopAtLevel=1"), sized);
  }

  @Test
  void aJitChoiceInHarnessJavaOptsWins() throws Exception {
    final String args = launch(Map.of("HARNESS_JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "compare", "--truth",
        small.toString(), "--query", small.toString());
    assertFalse(args.contains("TieredStopAtLevel=1"), args);
    assertTrue(args.contains("-XX:TieredStopAtLevel=4"), args);
  }

  @Test
  void aFreshCacheBringsTheJdkThatWroteItAndSendsJvmLogsToStderr() throws Exception {
    writeCache(2_000);
    final String args = launch(Map.of(), "--version");
    assertTrue(args.startsWith("jdk25-java "), args);
    assertTrue(args.contains("-XX:AOTCache=" + aot), args);
    assertTrue(args.contains("-Xlog:disable -Xlog:all=warning:stderr"), args);
    assertTrue(args.contains("--enable-native-access=ALL-UNNAMED"), args);
  }

  @Test
  void aGenomeSizedComparisonStaysOnJavaWithTieredCompilationWhileASmallOneTakesTheCache() throws Exception {
    writeCache(2_000);
    final long both = 2 * Files.size(small);
    final String large = launch(Map.of("HARNESS_C1_BYTES", Long.toString(both)), "compare", "--truth",
        small.toString(), "--query", small.toString());
    assertTrue(large.startsWith("plain-java "), large);
    assertFalse(large.contains("AOTCache") || large.contains("TieredStopAtLevel"), large);
    final String smallOne = launch(Map.of(), "compare", "--truth", small.toString(), "--query", small.toString());
    assertTrue(smallOne.startsWith("jdk25-java ") && smallOne.contains("-XX:AOTCache="), smallOne);
    assertTrue(smallOne.contains("-XX:TieredStopAtLevel=1"), smallOne);
    final String chosen = launch(Map.of("HARNESS_C1_BYTES", Long.toString(both), "HARNESS_JAVA", jdk25.toString()),
        "compare", "--truth", small.toString(), "--query", small.toString());
    assertTrue(chosen.startsWith("jdk25-java "), "HARNESS_JAVA wins: " + chosen);
    assertTrue(launch(Map.of(), "run", "--plan", small.toString()).startsWith("jdk25-java "), "run keeps the cache");
  }

  @Test
  void aCacheOlderThanTheJarIsNotUsed() throws Exception {
    writeCache(500);
    final String args = launch(Map.of(), "--version");
    assertTrue(args.startsWith("plain-java "), args);
    assertFalse(args.contains("AOTCache"), args);
  }

  @Test
  void anotherJavaGetsNoCacheAndTheUsersCacheSettingsWin() throws Exception {
    writeCache(2_000);
    final String other = launch(Map.of("HARNESS_JAVA", plainJava.toString()), "--version");
    assertTrue(other.startsWith("plain-java ") && !other.contains("AOTCache"), other);
    final String same = launch(Map.of("HARNESS_JAVA", jdk25.toString()), "--version");
    assertTrue(same.contains("-XX:AOTCache="), same);
    final String off = launch(Map.of("HARNESS_JAVA_OPTS", "-XX:AOTMode=off"), "--version");
    assertTrue(off.startsWith("jdk25-java ") && !off.contains("-XX:AOTCache="), off);
  }

  private void writeCache(long seconds) throws IOException {
    Files.writeString(aot, "cache");
    Files.writeString(root.resolve("harness/cli/target/harness.aot.java"), jdk25 + "\n");
    setTime(aot, seconds);
  }

  /** Runs the copied launcher with the stub `java` first on PATH; returns what the stub printed. */
  private String launch(Map<String, String> env, String... args) throws Exception {
    final List<String> cmd = new ArrayList<>(List.of("/bin/bash", root.resolve("bin/harness").toString()));
    cmd.addAll(List.of(args));
    final ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
    pb.environment().remove("HARNESS_JAVA");
    pb.environment().remove("HARNESS_JAVA_OPTS");
    pb.environment().remove("HARNESS_C1_BYTES");
    pb.environment().put("PATH", plainJava.getParent() + ":/usr/bin:/bin");
    pb.environment().putAll(env);
    final Process p = pb.start();
    final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private static Path stub(Path file, String name) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\necho " + name + " \"$@\"\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  private static void setTime(Path file, long seconds) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + seconds)));
  }

  private static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isRegularFile(p.resolve("bin/harness"))) {
      p = p.getParent();
    }
    return p == null ? Path.of("") : p;
  }
}
