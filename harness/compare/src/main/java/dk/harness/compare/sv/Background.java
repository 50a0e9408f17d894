package dk.harness.compare.sv;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * One piece of work on its own daemon thread, whose result or exception {@link #join()} hands back unchanged (an
 * {@code InputException} stays one, so the exit code and message are those of a sequential run). An SV comparison
 * is short enough that JVM start and reading dominate; reading the truth and the query at the same time uses the
 * second core.
 */
final class Background<T> {
  /** Work that may fail with an I/O error or an unchecked exception. */
  interface Task<T> {
    T call() throws IOException;
  }

  private final Thread thread;
  private T value;
  private Throwable failure;

  private Background(String name, Task<T> task) {
    thread = new Thread(() -> {
      try {
        value = task.call();
      } catch (Throwable t) {
        failure = t;
      }
    }, name);
    thread.setDaemon(true);
  }

  /** Starts {@code task} now. */
  static <T> Background<T> start(String name, Task<T> task) {
    final Background<T> b = new Background<>(name, task);
    b.thread.start();
    return b;
  }

  /** Waits for the task: its value, or its exception rethrown as it was thrown. */
  T join() throws IOException {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + thread.getName());
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return value;
  }
}
