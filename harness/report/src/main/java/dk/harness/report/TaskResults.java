package dk.harness.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for a task the report writers run on their own threads: a task's failure comes out as the task threw it
 * (an output's {@link IOException}, a bug's runtime exception), not wrapped. Stateless.
 */
final class TaskResults {
  private TaskResults() {
  }

  /**
   * @param what what the task writes, for the message when the wait is interrupted
   * @throws InterruptedIOException if interrupted while waiting (the interrupt flag is set again)
   */
  static <T> T await(Future<T> task, String what) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing " + what);
    } catch (ExecutionException e) {
      final Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }
}
