package dk.harness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.harness.hostile.HostileCase.Expect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The contract every case is held to: exit code (2 for bad input, 0 for acceptable input, never 1), one line on
 * stderr naming the file ({@code harness: error: <file>[:<line>]: <problem>. Fix: <fix>}), no leftovers in the
 * output folder, inputs unchanged (sha256 and mtime, and nothing new next to them), and counts unchanged or a
 * warning printed.
 */
final class Contract {
  private static final String ERROR_PREFIX = "harness: error: ";
  private static final Pattern WARNING = Pattern.compile("^harness: warning\\b.*", Pattern.CASE_INSENSITIVE);
  private static final List<String> INDEX_SUFFIXES = List.of("", ".tbi", ".csi", ".fai", ".gzi");

  private Contract() {
  }

  /** Runs one case from scratch and checks it. */
  static void check(HostileCase c) throws Exception {
    final CaseDir dir = CaseDir.fresh(c.name());
    final Invocation inv = c.setup().make(dir);
    final List<String> args = Invocation.resolve(inv.args, dir.out);
    final Map<String, String> before = snapshot(dir, args);
    try {
      judge(c, inv, dir, args, before, Runs.run(args));
    } catch (Throwable t) {
      try {
        inv.after.run();
      } catch (Throwable cleanup) {
        t.addSuppressed(cleanup);
      }
      throw t;
    }
    inv.after.run();
  }

  private static void judge(HostileCase c, Invocation inv, CaseDir dir, List<String> args, Map<String, String> before,
      Runs.Result r) throws IOException {
    final String context = "\ncase " + c + "\nargs " + args + "\nexit " + r.exitCode() + "\nstderr:\n" + r.stderr()
        + (inv.findingsOnStdout ? "stdout:\n" + r.stdout() : "");
    assertNotEquals(1, r.exitCode(), "exit code 1 (internal error) on bad or odd input" + context);
    assertTrue(!r.stderr().contains("internal error") && !r.stderr().contains("\tat "),
        "no internal error or stack trace" + context);
    assertEquals(before, snapshot(dir, args), "inputs must be unchanged (sha256, mtime, no new files)" + context);
    final Path outputs = inv.outputs != null ? inv.outputs : dir.out;
    switch (c.expect()) {
      case REFUSED -> refused(c, inv, r, outputs, context);
      case EITHER, REFUSED_OR_WARNED -> {
        if (r.exitCode() == 2) {
          refused(c, inv, r, outputs, context);
        } else {
          accepted(c, inv, r, outputs, context);
        }
      }
      default -> accepted(c, inv, r, outputs, context);
    }
  }

  private static void refused(HostileCase c, Invocation inv, Runs.Result r, Path outputs, String context) {
    assertEquals(2, r.exitCode(), "bad input must exit 2" + context);
    // validate refuses a VCF with findings on stdout; an unusable submission file or truth is a plain error line.
    final boolean findings = inv.findingsOnStdout && !r.stdout().isBlank();
    final List<String> lines = r.stderrLines();
    assertEquals(1, lines.size(), "exactly one line on stderr" + context);
    final String line = lines.get(0);
    assertTrue(line.startsWith(ERROR_PREFIX), "the line starts '" + ERROR_PREFIX + "'" + context);
    if (!inv.culprits.isEmpty()) {
      final String names = String.join("|", inv.culprits.stream().map(n -> Pattern.quote(n.replace('\n', ' ')))
          .toList());
      if (findings) {
        assertTrue(Pattern.compile(names).matcher(line).find(), "the line names the file " + inv.culprits + context);
      } else {
        final Matcher m = Pattern.compile("^" + Pattern.quote(ERROR_PREFIX) + "(?:.*/)?(?:" + names
            + ")(?::(\\d+))?: .+").matcher(line);
        assertTrue(m.matches(), "the line starts with the file " + inv.culprits + "[:line]: " + context);
        if (inv.line >= 0) {
          assertEquals(String.valueOf(inv.line), m.group(1), "the line number of the damage" + context);
        }
      }
    }
    if (findings) {
      assertTrue(r.stdout().toLowerCase(java.util.Locale.ROOT).contains("fix"), "the findings say the fix"
          + context);
      assertTrue(c.message().matcher(r.stdout() + "\n" + line).find(), "message matches /" + c.message() + "/"
          + context);
    } else {
      assertTrue(line.contains(". Fix: "), "the line says '. Fix: ...'" + context);
      assertTrue(c.message().matcher(line).find(), "message matches /" + c.message() + "/" + context);
    }
    final List<String> left = files(outputs);
    assertEquals(List.of(), left, "nothing may be left in the output folder " + outputs + context);
  }

  private static void accepted(HostileCase c, Invocation inv, Runs.Result r, Path outputs, String context) {
    assertEquals(0, r.exitCode(), "acceptable input must exit 0 (" + c.expect() + ")" + context);
    final List<String> warnings = new ArrayList<>();
    boolean inWarning = false;
    for (String l : r.stderrLines()) {
      // A warning may go on over indented 'harness:   ...' lines (e.g. the too-complex regions and their reasons).
      inWarning = WARNING.matcher(l).matches() || inWarning && l.startsWith("harness:   ");
      if (inWarning) {
        warnings.add(l);
      }
    }
    if (inv.findingsOnStdout) {
      r.stdout().lines().filter(l -> l.startsWith("WARNING")).forEach(warnings::add);
    }
    final boolean warned = c.message().matcher(String.join("\n", warnings)).find();
    for (String f : files(outputs)) {
      final String name = Path.of(f).getFileName().toString();
      // A stale temporary folder of an earlier, killed run may stay when the run says so.
      assertTrue(warned || !name.startsWith(".") && !f.contains("harness-tmp") && !f.contains(".partial"),
          "no temporary or hidden leftovers in the output folder: " + f + context);
    }
    for (String f : inv.expectedOutputs) {
      assertTrue(Files.isRegularFile(outputs.resolve(f)), "output " + f + " written" + context);
    }
    final Boolean same = sameCounts(inv, r, outputs);
    final String counts = same == null ? "" : same ? "counts unchanged" : "counts differ from the clean run";
    switch (c.expect()) {
      case SAME -> assertTrue(same == null || same, "counts must be identical to the clean run" + context);
      case ACCEPTED, EITHER -> assertTrue(same == null || same || warned, counts + " and no warning matching /"
          + c.message() + "/" + context);
      case WARNED, REFUSED_OR_WARNED -> assertTrue(warned, "a warning matching /" + c.message() + "/ is required" + context);
      case WARNED_SAME -> {
        assertTrue(warned, "a warning matching /" + c.message() + "/ is required" + context);
        assertTrue(same == null || same, "counts must be identical to the clean run" + context);
      }
      default -> fail("unexpected class " + c.expect());
    }
  }

  /** Null when the case has no count files; else whether every one equals the clean run's. */
  private static Boolean sameCounts(Invocation inv, Runs.Result r, Path outputs) {
    if (inv.countFiles.isEmpty() || inv.clean == null) {
      return null;
    }
    final List<String> clean = Runs.clean(inv);
    for (int i = 0; i < inv.countFiles.size(); i++) {
      final String mine = Runs.read(outputs, inv.countFiles.get(i), r);
      if (mine == null || !mine.equals(clean.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Every file (relative path) below a folder; empty when the folder is absent. */
  static List<String> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !Files.isDirectory(p)).map(p -> dir.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** sha256, mtime and permissions of every input: all under in/, and every existing file named on the command line. */
  private static Map<String, String> snapshot(CaseDir dir, List<String> args) throws IOException {
    final Map<String, String> s = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir.in)) {
      for (Path p : walk.toList()) {
        s.put(p.toString(), describe(p));
      }
    }
    for (String a : args) {
      for (String suffix : INDEX_SUFFIXES) {
        final Path p;
        try {
          p = Path.of(a + suffix);
        } catch (RuntimeException e) {
          continue;
        }
        if (p.isAbsolute() && !p.startsWith(dir.out) && Files.isRegularFile(p)) {
          s.put(p.toString(), describe(p));
        }
      }
    }
    return s;
  }

  private static String describe(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      return "dir";
    }
    if (!Files.isRegularFile(p)) {
      return "other";
    }
    return sha256(p) + " " + Files.getLastModifiedTime(p).toMillis() + " "
        + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static String sha256(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      final MessageDigest md = MessageDigest.getInstance("SHA-256");
      final byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
