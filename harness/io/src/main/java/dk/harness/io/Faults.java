package dk.harness.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The one mapping from environment faults to bad input: a full disk, a read-only or vanished folder, an I/O error,
 * a damaged SQLite database. These are the user's to fix (free space, choose another folder, restore the
 * database), so they become an {@link InputException} (exit code 2, one line naming the file and the fix), never
 * an internal error. Anything not recognised here stays what it was (a bug). Stateless.
 *
 * <p>The JDK reports most of these as a {@link FileSystemException} carrying the file and the operating system's
 * reason (the strerror text, e.g. "No space left on device"); a write through a stream reports a bare
 * {@link IOException} with that text and no file, so callers pass the place they were writing to as
 * {@code fallback}. SQLite reports its result code in {@link SQLException#getErrorCode()}.
 */
public final class Faults {
  // SQLite primary result codes (https://www.sqlite.org/rescode.html); extended codes keep them in the low byte.
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_IOERR = 10;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_CANTOPEN = 14;
  private static final int SQLITE_NOTADB = 26;

  private static final String FIX_SPACE = "free space on that disk (or write to another disk) and run again";
  private static final String FIX_WRITABLE = "choose an output location you can write to (or make it writable) "
      + "and run again";

  private Faults() {
  }

  /**
   * The fault behind {@code t} as bad input, or null if {@code t} is not an environment fault. An
   * {@link InputException} anywhere in the cause chain is returned as it is.
   *
   * @param fallback the file or folder being written or read, named when the fault itself names none (may be null)
   */
  public static InputException classify(Throwable t, Path fallback) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InputException ie) {
        return ie;
      }
    }
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      final InputException mapped = c instanceof SQLException sql ? sqlite(sql, fallback) : io(c, fallback);
      if (mapped != null) {
        return mapped;
      }
    }
    return null;
  }

  /** A SQLite failure on the database {@code db}, or null if it is not an environment fault. */
  public static InputException sqlite(SQLException e, Path db) {
    final String msg = String.valueOf(e.getMessage());
    final int code = e.getErrorCode() & 0xff;
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || msg.contains("SQLITE_CORRUPT")
        || msg.contains("SQLITE_NOTADB") || msg.contains("malformed")) {
      return new FaultException(db, "the history database is damaged (" + sqliteReason(msg) + ")",
          "restore it from a backup, or move it away and record each run folder again with "
              + "'harness history --db " + name(db) + " --record RESULTS/RUN_ID'", e);
    }
    if (code == SQLITE_FULL || msg.contains("SQLITE_FULL")) {
      return new FaultException(db, "no space left on the device (" + sqliteReason(msg) + ")", FIX_SPACE, e);
    }
    if (code == SQLITE_READONLY || msg.contains("SQLITE_READONLY")) {
      return new FaultException(db, "the history database cannot be written (" + sqliteReason(msg) + ")",
          FIX_WRITABLE, e);
    }
    if (code == SQLITE_IOERR || msg.contains("SQLITE_IOERR")) {
      return new FaultException(db, "input/output error on the history database (" + sqliteReason(msg) + ")",
          "check the disk (free space, dmesg) and run again", e);
    }
    if (code == SQLITE_CANTOPEN || msg.contains("SQLITE_CANTOPEN")) {
      return new FaultException(db, "the history database cannot be opened (" + sqliteReason(msg) + ")",
          "check that its folder exists and is writable", e);
    }
    if (code == SQLITE_BUSY || msg.contains("SQLITE_BUSY")) {
      return new FaultException(db, "the history database is locked by another process",
          "wait for the other harness to finish and run again", e);
    }
    return null;
  }

  private static InputException io(Throwable c, Path fallback) {
    if (c instanceof ReadOnlyFileSystemException) {
      return new FaultException(fallback, "the file system is read-only", FIX_WRITABLE, c);
    }
    if (!(c instanceof IOException)) {
      return null;
    }
    final Path file = c instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile())
        : fallback;
    final String reason = c instanceof FileSystemException fse ? fse.getReason() : c.getMessage();
    final String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    if (r.contains("no space left on device") || r.contains("disk quota exceeded") || r.contains("file too large")) {
      return new FaultException(file, "no space left (" + reason + ")", FIX_SPACE, c);
    }
    if (r.contains("read-only file system")) {
      return new FaultException(file, "the file system is read-only", FIX_WRITABLE, c);
    }
    if (c instanceof AccessDeniedException || r.contains("permission denied")
        || r.contains("operation not permitted")) {
      return new FaultException(file, "permission denied", FIX_WRITABLE, c);
    }
    if (r.contains("is a directory")) {
      return new FaultException(file, "a folder is where this file should be",
          "move the folder away (or choose another output) and run again", c);
    }
    if (r.contains("not a directory")) {
      return new FaultException(file, "a part of this path is a file, not a folder", FIX_WRITABLE, c);
    }
    if (c instanceof NoSuchFileException || r.contains("no such file or directory")) {
      return new FaultException(file, "no such file or folder (was it moved or deleted while the harness ran?)",
          "leave inputs and output folders in place while the harness runs, and run again", c);
    }
    if (r.contains("input/output error") || r.contains("stale file handle")) {
      return new FaultException(file, "input/output error (" + reason + ")",
          "check the disk or network mount (dmesg) and run again", c);
    }
    return null;
  }

  /** SQLite's own wording, without sqlite-jdbc's "[SQLITE_CORRUPT] The database disk image is ..." prefix. */
  private static String sqliteReason(String msg) {
    final int open = msg.lastIndexOf('(');
    final int close = msg.lastIndexOf(')');
    return open >= 0 && close > open ? msg.substring(open + 1, close) : msg;
  }

  private static String name(Path db) {
    return db == null ? "results/history.sqlite" : db.toString();
  }
}
