package dk.harness.workflow.run;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;

/**
 * How a run reports and what it records as provenance. Immutable.
 *
 * @param harnessVersion written to run.json, metrics.json and the history
 * @param log where progress and warnings go (stderr for the CLI)
 * @param interactive whether {@code log} is a terminal: then a live line per submission is redrawn; otherwise a
 *     log line every few seconds
 * @param quiet no progress, only warnings and the final summary
 * @param clock source of the run's start and end times (and of the default run id)
 * @param listener hooks (tests)
 */
public record RunOptions(String harnessVersion, PrintWriter log, boolean interactive, boolean quiet, Clock clock,
    RunListener listener) {
  public RunOptions {
    Objects.requireNonNull(harnessVersion, "harnessVersion");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(listener, "listener");
  }

  /** Non-interactive, not quiet, the system clock, no listener. */
  public static RunOptions of(String harnessVersion, PrintWriter log) {
    return new RunOptions(harnessVersion, log, false, false, Clock.systemUTC(), RunListener.NONE);
  }

  public RunOptions withListener(RunListener l) {
    return new RunOptions(harnessVersion, log, interactive, quiet, clock, l);
  }

  public RunOptions withClock(Clock c) {
    return new RunOptions(harnessVersion, log, interactive, quiet, c, listener);
  }

  public RunOptions withQuiet(boolean q) {
    return new RunOptions(harnessVersion, log, interactive, q, clock, listener);
  }

  public RunOptions withInteractive(boolean i) {
    return new RunOptions(harnessVersion, log, i, quiet, clock, listener);
  }
}
