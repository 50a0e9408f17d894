package dk.harness.workflow.run;

import dk.harness.io.InputException;
import dk.harness.compare.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The folder of one run, built as {@code results/.<run-id>.partial/} and renamed to {@code results/<run-id>/} in
 * one atomic step by {@link #commit()}: a run folder either exists complete or not at all.
 *
 * <p>While the run is alive it holds a lock on {@code results/.<run-id>.partial.lock}. A partial folder whose
 * lock is free belongs to a run that was killed; {@link #create} removes such leftovers. Not thread-safe.
 */
final class RunDirectory implements AutoCloseable {
  static final String PARTIAL_SUFFIX = ".partial";

  private final Path finalDir;
  private final Path partial;
  private final Path lockFile;
  private final FileChannel lockChannel;
  private FileLock lock;
  private boolean committed;

  private RunDirectory(Path finalDir, Path partial, Path lockFile, FileChannel lockChannel, FileLock lock) {
    this.finalDir = finalDir;
    this.partial = partial;
    this.lockFile = lockFile;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Creates the partial folder of a new run.
   *
   * @param log told about leftovers of killed runs that were removed
   * @throws InputException if a run with this id already exists or is running
   */
  static RunDirectory create(Path results, String runId, PrintWriter log) throws IOException {
    Files.createDirectories(results);
    removeLeftovers(results, log);
    final Path finalDir = results.resolve(runId);
    if (Files.exists(finalDir)) {
      throw new InputException(finalDir, -1, "a run with id '" + runId + "' already exists",
          "choose another run id (or leave run_id out of the plan to get a fresh one)");
    }
    final Path partial = results.resolve("." + runId + PARTIAL_SUFFIX);
    final Path lockFile = results.resolve("." + runId + PARTIAL_SUFFIX + ".lock");
    final FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    final FileLock l;
    try {
      l = ch.tryLock();
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    if (l == null) {
      ch.close();
      throw new InputException(partial, -1, "a run with id '" + runId + "' is running right now",
          "wait for it to finish or choose another run id");
    }
    try {
      deleteTree(partial);
      Files.createDirectories(partial);
    } catch (IOException | RuntimeException e) {
      l.release();
      ch.close();
      throw e;
    }
    return new RunDirectory(finalDir, partial, lockFile, ch, l);
  }

  /** Removes {@code .<id>.partial} folders (and their lock files) of runs that are no longer alive. */
  private static void removeLeftovers(Path results, PrintWriter log) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(results, ".*" + PARTIAL_SUFFIX)) {
      for (Path p : ds) {
        if (!Files.isDirectory(p)) {
          continue;
        }
        final Path lf = p.resolveSibling(p.getFileName() + ".lock");
        try (FileChannel ch = FileChannel.open(lf, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          final FileLock l;
          try {
            l = ch.tryLock();
          } catch (java.nio.channels.OverlappingFileLockException e) {
            continue; // a run of this JVM
          }
          if (l == null) {
            continue; // alive in another process
          }
          try {
            deleteTree(p);
            log.println("harness: removed " + p + ", left by an interrupted run");
            log.flush();
          } finally {
            l.release();
          }
        }
        Files.deleteIfExists(lf);
      }
    }
  }

  /** The folder to write into until {@link #commit()}. */
  Path partial() {
    return partial;
  }

  /** Where the run folder will be. */
  Path finalDir() {
    return finalDir;
  }

  /**
   * Renames the partial folder to the run folder in one atomic step.
   *
   * @return the run folder
   * @throws IOException if the rename fails (the partial folder is then removed by {@link #close()})
   */
  Path commit() throws IOException {
    Files.move(partial, finalDir, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
    release();
    return finalDir;
  }

  private void release() throws IOException {
    if (lock != null) {
      lock.release();
      lock = null;
      lockChannel.close();
      Files.deleteIfExists(lockFile);
    }
  }

  /** Without a commit: removes the partial folder. Then releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      if (!committed) {
        deleteTree(partial);
      }
    } finally {
      release();
    }
  }

  static void deleteTree(Path root) throws IOException {
    AtomicOutput.deleteTree(root);
  }
}
