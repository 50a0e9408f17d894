package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The mapping of environment faults to bad input. Where the operating system can produce the fault for a test
 * running as root, the exception is the real one (ENOSPC from /dev/full, ENOTDIR, ENOENT, EACCES from sysfs);
 * SQLite's codes are built as sqlite-jdbc reports them (the corrupt-page case end to end is in the workflow and
 * CLI tests).
 */
class FaultsTest {
  private static final Path OUT = Path.of("out", "HG002");

  @Test
  void aFullDiskSeenThroughAStreamNamesTheFallbackAndTheFix() {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full: ENOSPC cannot be produced here");
    final IOException e = assertThrows(IOException.class, () -> {
      try (OutputStream full = new FileOutputStream("/dev/full")) {
        full.write(new byte[4096]);
      }
    });
    // Wrapped as the htsjdk writers and the report sinks wrap it.
    final InputException fault = Faults.classify(new UncheckedIOException(e), OUT);
    assertEquals("out/HG002: no space left (No space left on device). Fix: free space on that disk (or write to "
        + "another disk) and run again", fault.getMessage());
  }

  @Test
  void aFileWhereAFolderShouldBeIsNamed() throws IOException {
    final Path dir = Files.createDirectories(Path.of("target", "test-work", "faults-enotdir"));
    final Path file = Files.writeString(dir.resolve("plain-file"), "x");
    final IOException e = assertThrows(IOException.class, () -> Files.newOutputStream(file.resolve("x.csv")));
    final InputException fault = Faults.classify(e, OUT);
    assertEquals(file.resolve("x.csv"), fault.file());
    assertTrue(fault.problem().contains("a part of this path is a file, not a folder"), fault.problem());
  }

  @Test
  void aVanishedFolderIsNamed() {
    final Path gone = Path.of("target", "test-work", "faults-gone", "no", "such", "folder", "x");
    final IOException e = assertThrows(IOException.class, () -> Files.newOutputStream(gone));
    assertTrue(Faults.classify(e, OUT).getMessage().startsWith(gone + ": no such file or folder"));
  }

  @Test
  void permissionDeniedIsNamed() {
    // sysfs refuses new files even to root; elsewhere this is what chmod gives a normal user.
    assumeTrue(Files.isDirectory(Path.of("/sys/kernel")), "no sysfs: the real EACCES cannot be produced here");
    final IOException e = assertThrows(IOException.class,
        () -> Files.createFile(Path.of("/sys/kernel/harness-faults-test")), "sysfs accepted a new file");
    final InputException fault = Faults.classify(e, OUT);
    assertTrue(fault.getMessage().startsWith("/sys/kernel/harness-faults-test: "), fault.getMessage());
    assertTrue(fault.getMessage().contains("Fix: choose an output location you can write to"), fault.getMessage());
    assertEquals("permission denied", Faults.classify(new AccessDeniedException("/x"), OUT).problem());
  }

  @Test
  void sqliteCorruptionIsADamagedHistory() {
    final Path db = Path.of("results", "history.sqlite");
    final SQLException corrupt = new SQLException("[SQLITE_CORRUPT] The database disk image is malformed "
        + "(database disk image is malformed)", null, 11);
    final InputException fault = Faults.classify(new IllegalStateException("query", corrupt), db);
    assertEquals("results/history.sqlite: the history database is damaged (database disk image is malformed). "
        + "Fix: restore it from a backup, or move it away and record each run folder again with 'harness history "
        + "--db results/history.sqlite --record RESULTS/RUN_ID'", fault.getMessage());
    assertTrue(Faults.sqlite(new SQLException("x", null, 13), db).problem().startsWith("no space left"));
    // Extended result codes keep the primary code in the low byte (SQLITE_IOERR_WRITE = 778).
    assertTrue(Faults.sqlite(new SQLException("x", null, 778), db).problem().startsWith("input/output error"));
    assertNull(Faults.sqlite(new SQLException("constraint", null, 19), db), "a constraint failure is a bug");
  }

  @Test
  void inputExceptionsPassUnchangedAndBugsStayBugs() {
    final InputException ie = new InputException(OUT, 3, "bad", "fix");
    assertSame(ie, Faults.classify(new RuntimeException(new IOException("wrapped", ie)), null));
    assertNull(Faults.classify(new IllegalStateException("a bug"), OUT));
    assertNull(Faults.classify(new IOException("Stream closed"), OUT));
  }
}
