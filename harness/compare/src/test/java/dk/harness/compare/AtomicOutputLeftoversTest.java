package dk.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.harness.io.Faults;
import dk.harness.io.InputException;
import dk.harness.testdata.TestFiles;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Temporary folders of killed compares ({@code .PREFIX.harness-tmp-*}) are removed by the next compare with the
 * same prefix; those of live compares (their lock held, in this or another process) are left alone. Killed runs
 * are simulated by making the folder (and lock file) by hand, as kill -9 leaves them.
 */
class AtomicOutputLeftoversTest {

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** What kill -9 leaves: the temporary folder with a half-written output in it (and its lock file, if given). */
  private static Path killedRun(Path dir, String prefixName, String random, boolean withLock) throws IOException {
    final Path tmp = Files.createDirectories(dir.resolve("." + prefixName + ".harness-tmp-" + random));
    Files.writeString(tmp.resolve(prefixName + ".summary.csv"), "Type,Filter,TRUTH.TOTAL\nSNP,ALL,4");
    if (withLock) {
      Files.createFile(tmp.resolveSibling(tmp.getFileName() + ".lock"));
    }
    return tmp;
  }

  @Test
  void aKilledRunsFolderWithoutLockIsRemovedByTheNextRun() throws IOException {
    final Path dir = TestFiles.scratch("leftover-nolock");
    final Path stale = killedRun(dir, "HG002", "1234567890", false);
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("HG002"))) {
      assertFalse(Files.exists(stale));
      assertEquals(List.of("removed " + stale + ", left by an interrupted run"), out.notes());
      Files.writeString(Path.of(out.tempPrefix() + ".summary.csv"), "new");
      out.commit();
    }
    assertEquals(List.of("HG002.summary.csv"), names(dir));
  }

  @Test
  void aKilledRunsFolderWithAFreeLockIsRemovedWithItsLock() throws IOException {
    final Path dir = TestFiles.scratch("leftover-freelock");
    final Path stale = killedRun(dir, "HG002", "42", true);
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("HG002"))) {
      assertFalse(Files.exists(stale));
      assertFalse(Files.exists(stale.resolveSibling(stale.getFileName() + ".lock")));
      assertEquals(1, out.notes().size());
    }
    assertEquals(List.of(), names(dir));
  }

  @Test
  void anotherPrefixsLeftoversAreNotTouched() throws IOException {
    final Path dir = TestFiles.scratch("leftover-other-prefix");
    final Path other = killedRun(dir, "HG002_unitA", "7", false);
    final Path dotted = killedRun(dir, "HG002.b", "8", false);
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("HG002"))) {
      assertEquals(List.of(), out.notes());
    }
    assertTrue(Files.isDirectory(other));
    assertTrue(Files.isDirectory(dotted));
  }

  @Test
  void aConcurrentRunInThisProcessKeepsItsFolder() throws IOException {
    final Path dir = TestFiles.scratch("leftover-live-jvm");
    try (AtomicOutput first = AtomicOutput.create(dir.resolve("HG002"))) {
      Files.writeString(Path.of(first.tempPrefix() + ".summary.csv"), "first");
      try (AtomicOutput second = AtomicOutput.create(dir.resolve("HG002"))) {
        assertTrue(Files.isRegularFile(Path.of(first.tempPrefix() + ".summary.csv")), "the live run's files stay");
        assertEquals(1, second.notes().size());
        assertTrue(second.notes().get(0).startsWith("left " + first.tempPrefix().getParent() + " alone"),
            second.notes().toString());
      }
      first.commit();
    }
    assertEquals(List.of("HG002.summary.csv"), names(dir));
  }

  /** The lock is held by another process (a small Java program); once it dies, the folder is removed. */
  @Test
  void aConcurrentRunInAnotherProcessKeepsItsFolderUntilItDies() throws Exception {
    final Path dir = TestFiles.scratch("leftover-live-process");
    final Path live = killedRun(dir, "HG002", "99", true);
    final Path holder = dir.getParent().resolve("LockHolder.java");
    Files.writeString(holder, String.join("\n",
        "import java.nio.channels.FileChannel;",
        "import java.nio.file.Path;",
        "import java.nio.file.StandardOpenOption;",
        "public class LockHolder {",
        "  public static void main(String[] a) throws Exception {",
        "    FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE);",
        "    ch.lock();",
        "    System.out.println(\"locked\");",
        "    Thread.sleep(120_000);",
        "  }",
        "}", ""));
    final Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        holder.toString(), live.resolveSibling(live.getFileName() + ".lock").toString()).redirectErrorStream(true)
        .start();
    try {
      final BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", r.readLine());
      try (AtomicOutput out = AtomicOutput.create(dir.resolve("HG002"))) {
        assertTrue(Files.isRegularFile(live.resolve("HG002.summary.csv")), "a live process's folder stays");
        assertTrue(out.notes().get(0).startsWith("left " + live + " alone"), out.notes().toString());
      }
    } finally {
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("HG002"))) {
      assertFalse(Files.exists(live), "removed once its process is gone");
    }
    assertEquals(List.of(), names(dir));
  }

  @Test
  void anOrphanedLockIsRemovedOnlyWhenOld() throws IOException {
    final Path dir = TestFiles.scratch("leftover-orphan-lock");
    final Path old = Files.createFile(dir.resolve(".HG002.harness-tmp-1.lock"));
    Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    // A young one may be a run between creating its lock and its folder.
    final Path young = Files.createFile(dir.resolve(".HG002.harness-tmp-2.lock"));
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("HG002"))) {
      assertFalse(Files.exists(old));
      assertTrue(Files.exists(young));
    }
  }

  /**
   * A full disk mid-write (a real ENOSPC, from writing to /dev/full) leaves nothing at the prefix, and is bad
   * input naming the prefix.
   */
  @Test
  void aFullDiskLeavesNothingAndIsBadInput() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system: ENOSPC cannot be produced");
    final Path dir = TestFiles.scratch("fault-enospc");
    final Path prefix = dir.resolve("out/HG002");
    final IOException e = assertThrows(IOException.class, () -> {
      try (AtomicOutput out = AtomicOutput.create(prefix)) {
        Files.writeString(Path.of(out.tempPrefix() + ".summary.csv"), "written before the disk filled");
        try (OutputStream full = new FileOutputStream("/dev/full")) {
          full.write(new byte[8192]);
          full.flush();
        }
        out.commit();
      }
    });
    assertEquals(List.of(), names(dir), "the folder made for the output is removed again");
    final InputException fault = Faults.classify(e, prefix);
    assertEquals(prefix, fault.file());
    assertTrue(fault.getMessage().contains("no space left (No space left on device). Fix: free space"),
        fault.getMessage());
  }

  /** The output folder removed while the compare runs: the commit fails as bad input and leaves nothing. */
  @Test
  void aVanishedOutputFolderIsBadInput() throws IOException {
    final Path dir = TestFiles.scratch("fault-vanished");
    final Path prefix = dir.resolve("out/HG002");
    final IOException e = assertThrows(IOException.class, () -> {
      try (AtomicOutput out = AtomicOutput.create(prefix)) {
        Files.writeString(Path.of(out.tempPrefix() + ".summary.csv"), "x");
        TestFiles.deleteTree(dir.resolve("out"));
        out.commit();
      }
    });
    final InputException fault = Faults.classify(e, prefix);
    assertTrue(fault.getMessage().contains("no such file or folder (was it moved or deleted while the harness ran?)"),
        fault.getMessage());
    assertEquals(List.of(), names(dir));
  }

  /** A lock taken by hand on an unrelated file does not confuse the cleanup (locks are per file). */
  @Test
  void unrelatedLocksDoNotMatter() throws IOException {
    final Path dir = TestFiles.scratch("leftover-unrelated");
    final Path other = Files.createFile(dir.resolve("x.lock"));
    try (FileChannel ch = FileChannel.open(other, StandardOpenOption.WRITE); FileLock l = ch.lock();
        AtomicOutput out = AtomicOutput.create(dir.resolve("HG002"))) {
      assertEquals(List.of(), out.notes());
      assertTrue(l.isValid());
    }
  }
}
