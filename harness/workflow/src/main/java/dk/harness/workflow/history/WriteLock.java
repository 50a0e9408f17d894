package dk.harness.workflow.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on a lock file next to the history database ({@code history.sqlite.lock}), held while
 * writing, so only one process writes at a time. SQLite's own locks are unreliable on network file systems; an
 * fcntl lock taken through {@link FileChannel#tryLock()} works on NFSv4 and on local disks. Released by
 * {@link #close()}; a killed process releases it with its file handles. Not thread-safe.
 */
public final class WriteLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private WriteLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, waiting up to {@code wait} for another writer to finish.
   *
   * @throws IOException if the lock file cannot be opened, or the lock is still held after {@code wait}
   */
  public static WriteLock acquire(Path lockFile, Duration wait) throws IOException {
    final FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    final long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock l = null;
        try {
          l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          // Held by another thread of this JVM: wait like for another process.
        }
        if (l != null) {
          return new WriteLock(ch, l);
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("another harness process is writing " + lockFile + " (waited "
              + wait.toSeconds() + " s)");
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ch.close();
      throw new IOException("interrupted while waiting for " + lockFile, e);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
