package dk.harness.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * All-or-nothing output for one prefix: results are written into a private temporary folder next to the prefix
 * (so on the same file system) and moved into place with atomic renames only by {@link #commit()}. {@link #close()}
 * without a commit deletes the folder, so a failed run leaves no partial result files.
 *
 * <p>A killed run cannot clean up, so each temporary folder {@code .<name>.harness-tmp-<random>} has a lock file
 * {@code .<name>.harness-tmp-<random>.lock} beside it, created and locked BEFORE the folder and held while the run
 * lives. {@link #create} removes the folders of the same prefix whose lock is free or missing (their run was
 * killed) and leaves those whose lock is held (a run going on right now, in this or another process).
 *
 * <p>Not thread-safe; one instance per run.
 */
public final class AtomicOutput implements AutoCloseable {
  static final String TMP_INFIX = ".harness-tmp-";
  static final String LOCK_SUFFIX = ".lock";
  /** An orphaned lock file (no folder) younger than this may be a run between creating its lock and its folder. */
  private static final long ORPHAN_LOCK_MILLIS = 60_000;

  private final Path finalDir;
  private final String name;
  private final Path tempDir;
  /** The highest folder this run created for the prefix, or null; removed again if the run fails. */
  private final Path createdRoot;
  private final Path lockFile;
  private final FileChannel lockChannel;
  private final List<String> notes;
  private boolean committed;

  private AtomicOutput(Path finalDir, String name, Path tempDir, Path createdRoot, Path lockFile,
      FileChannel lockChannel, List<String> notes) {
    this.finalDir = finalDir;
    this.name = name;
    this.tempDir = tempDir;
    this.createdRoot = createdRoot;
    this.lockFile = lockFile;
    this.lockChannel = lockChannel;
    this.notes = List.copyOf(notes);
  }

  /**
   * Creates the prefix's folder if missing and a fresh temporary folder inside it, after removing the temporary
   * folders that killed runs left for the same prefix (see {@link #notes()}).
   *
   * @param prefix output prefix such as {@code out/HG002_unitA}
   */
  public static AtomicOutput create(Path prefix) throws IOException {
    final Path abs = prefix.toAbsolutePath().normalize();
    final Path dir = abs.getParent();
    Path createdRoot = null;
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      createdRoot = p;
    }
    Files.createDirectories(dir);
    final String name = abs.getFileName().toString();
    final List<String> notes = removeLeftovers(dir, name);
    // Hidden and clearly named, so an interrupted run's leftovers are recognisable. The lock exists (and is held)
    // before the folder, so a folder without a held lock never belongs to a live run.
    final Path lockFile = Files.createTempFile(dir, "." + name + TMP_INFIX, LOCK_SUFFIX);
    final FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
    try {
      if (ch.tryLock() == null) {
        throw new IOException("cannot lock the new file " + lockFile);
      }
      final String lockName = lockFile.getFileName().toString();
      final Path tmp = dir.resolve(lockName.substring(0, lockName.length() - LOCK_SUFFIX.length()));
      Files.createDirectory(tmp);
      return new AtomicOutput(dir, name, tmp, createdRoot, lockFile, ch, notes);
    } catch (IOException | RuntimeException e) {
      ch.close();
      Files.deleteIfExists(lockFile);
      throw e;
    }
  }

  /**
   * Removes {@code .<name>.harness-tmp-*} folders (and lock files) of runs that are no longer alive.
   *
   * @return one line per folder removed or left alone, for the user
   */
  static List<String> removeLeftovers(Path dir, String name) throws IOException {
    final List<String> notes = new ArrayList<>();
    final String start = "." + name + TMP_INFIX;
    final List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(start))) {
      ds.forEach(found::add);
    }
    found.sort(null);
    for (Path p : found) {
      final String fn = p.getFileName().toString();
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        final Path lf = p.resolveSibling(fn + LOCK_SUFFIX);
        if (!Files.exists(lf)) {
          // No lock at all: left by a run killed before locks existed, or by a run whose lock was removed after
          // it died; a live run always has its lock before its folder.
          deleteTree(p);
          notes.add("removed " + p + ", left by an interrupted run");
        } else if (withFreeLock(lf, () -> deleteTree(p))) {
          notes.add("removed " + p + ", left by an interrupted run");
        } else {
          notes.add("left " + p + " alone: a run writing to the same prefix is going on right now");
        }
      } else if (fn.endsWith(LOCK_SUFFIX) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
          && !Files.exists(p.resolveSibling(fn.substring(0, fn.length() - LOCK_SUFFIX.length())))
          && System.currentTimeMillis() - Files.getLastModifiedTime(p).toMillis() > ORPHAN_LOCK_MILLIS) {
        withFreeLock(p, () -> { });
      }
    }
    return notes;
  }

  /** Work on a leftover; throws like the file operations in it. */
  private interface Cleanup {
    void run() throws IOException;
  }

  /**
   * If the lock in {@code lockFile} is free (its run is dead): runs {@code cleanup} and deletes the lock file,
   * holding the lock meanwhile.
   *
   * @return false if a live run holds the lock
   */
  private static boolean withFreeLock(Path lockFile, Cleanup cleanup) throws IOException {
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      final FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        return false; // held by a run in this JVM
      }
      if (l == null) {
        return false; // held by another process
      }
      try {
        cleanup.run();
        Files.deleteIfExists(lockFile);
      } finally {
        l.release();
      }
      return true;
    } catch (NoSuchFileException e) {
      return true; // removed meanwhile by another run's cleanup
    }
  }

  /** What {@link #create} did about leftovers of killed runs, one line each; empty if there were none. */
  public List<String> notes() {
    return notes;
  }

  /** The prefix to hand to writers: same file name as the final prefix, inside the temporary folder. */
  public Path tempPrefix() {
    return tempDir.resolve(name);
  }

  /** The final prefix (absolute). */
  public Path finalPrefix() {
    return finalDir.resolve(name);
  }

  /** Files currently written, by file name, sorted. */
  public List<Path> pendingFiles() throws IOException {
    final List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(tempDir)) {
      for (Path p : ds) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    files.sort(null);
    return files;
  }

  /**
   * Moves every written file to the final folder (replacing files of the same name) and removes the temporary
   * folder. The metrics JSON, which records that a run completed, is moved last.
   *
   * @return the final paths, in the order moved
   */
  public List<Path> commit() throws IOException {
    final List<Path> files = pendingFiles();
    files.sort((a, b) -> {
      final boolean am = a.getFileName().toString().endsWith(".metrics.json");
      final boolean bm = b.getFileName().toString().endsWith(".metrics.json");
      return am != bm ? Boolean.compare(am, bm) : a.compareTo(b);
    });
    final List<Path> moved = new ArrayList<>();
    for (Path f : files) {
      final Path dest = finalDir.resolve(f.getFileName().toString());
      try {
        Files.move(f, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Same folder, so this is only reached on exotic file systems; still better than failing at the end.
        Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING);
      }
      moved.add(dest);
    }
    committed = true;
    deleteTree(tempDir);
    unlock();
    return moved;
  }

  /** After the folder is gone: a lock file without a folder is nobody's. */
  private void unlock() throws IOException {
    if (lockChannel.isOpen()) {
      lockChannel.close();
      Files.deleteIfExists(lockFile);
    }
  }

  /**
   * Deletes the temporary folder and anything left in it and, without a commit, the folders {@link #create}
   * made (if still empty). Safe to call after {@link #commit()}.
   */
  @Override
  public void close() {
    try {
      try {
        deleteTree(tempDir);
      } finally {
        unlock();
      }
      if (!committed && createdRoot != null) {
        for (Path p = finalDir; p != null && p.startsWith(createdRoot); p = p.getParent()) {
          try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            if (ds.iterator().hasNext()) {
              break;
            }
          }
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      if (!committed) {
        throw new UncheckedIOException("could not remove temporary output folder " + tempDir, e);
      }
    }
  }

  /** Deletes a folder and everything in it (nothing when it does not exist); shared by every output writer. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
