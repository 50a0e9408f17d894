package dk.harness.workflow.run;

import dk.harness.report.Tally;
import dk.harness.compare.ContigProgress;
import dk.harness.compare.ProgressSink;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a run's submissions. On a terminal, a block with one live line per submission, redrawn in place
 * (ANSI cursor movement) a few times a second. Otherwise (a log file, CI), a line when a submission starts or
 * ends and, every {@value #LOG_SECONDS} s, one line per running submission:
 * {@code [run] north/HG002: chr1 120,000 records, 45,000 rec/s}. Warnings are always printed.
 *
 * <p>Thread-safe: submissions report from worker threads; a daemon timer thread draws.
 */
final class RunProgress implements AutoCloseable {
  static final int LOG_SECONDS = 5;
  private static final long REDRAW_MILLIS = 250;

  private final PrintWriter out;
  private final boolean interactive;
  private final boolean quiet;
  private final Map<String, State> states = new LinkedHashMap<>();
  private final ScheduledExecutorService timer;
  private int drawnLines;

  private static final class State {
    String phase = "queued";
    String contig = "";
    long records;
    long startNanos;
    boolean running;
  }

  RunProgress(PrintWriter out, boolean interactive, boolean quiet, List<String> keys) {
    this(out, interactive, quiet, keys, interactive ? REDRAW_MILLIS : TimeUnit.SECONDS.toMillis(LOG_SECONDS));
  }

  /** @param periodMillis how often to redraw (terminal) or log (otherwise) */
  RunProgress(PrintWriter out, boolean interactive, boolean quiet, List<String> keys, long periodMillis) {
    this.out = out;
    this.interactive = interactive && !quiet;
    this.quiet = quiet;
    for (String k : keys) {
      states.put(k, new State());
    }
    if (quiet) {
      timer = null;
    } else {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        final Thread t = new Thread(r, "harness-progress");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleAtFixedRate(this::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }
  }

  /** A general message (suppressed when quiet). */
  synchronized void info(String message) {
    if (!quiet) {
      print("[run] " + message);
    }
  }

  /** A warning (always printed). */
  synchronized void warn(String key, String message) {
    print("[run] " + key + ": WARNING: " + message);
  }

  /** The submission entered a phase (intake, loading truth, comparing, judging). */
  synchronized void phase(String key, String phase) {
    final State s = states.get(key);
    if (!s.running) {
      s.running = true;
      s.startNanos = System.nanoTime();
      if (!interactive && !quiet) {
        print("[run] " + key + ": started");
      }
    }
    s.phase = phase;
    if (interactive) {
      redraw();
    }
  }

  /** The submission is finished. */
  synchronized void done(String key, Status status, String detail) {
    final State s = states.get(key);
    s.running = false;
    s.phase = status.name() + (detail == null || detail.isEmpty() ? "" : " " + detail);
    if (interactive) {
      redraw();
    } else if (!quiet) {
      print("[run] " + key + ": " + s.phase + String.format(Locale.ROOT, " (%.1f s)", seconds(s)));
    }
  }

  /** The comparison's progress, for one submission. */
  ProgressSink sink(String key) {
    return new ProgressSink() {
      @Override
      public void warn(String message) {
        RunProgress.this.warn(key, message);
      }

      @Override
      public void contig(ContigProgress c) {
        synchronized (RunProgress.this) {
          final State s = states.get(key);
          s.contig = c.contig();
          s.records += c.truthRead() + c.queryRead();
        }
      }

      @Override
      public void tooComplex(String filter, List<Tally.TooComplexEntry> regions, long truthRecords,
          long queryRecords) {
        if (!regions.isEmpty()) {
          RunProgress.this.warn(key, String.format(Locale.ROOT, "%s: %d region(s) too complex to resolve; their %d "
              + "truth and %d query records are not counted (listed in metrics.json)", filter, regions.size(),
              truthRecords, queryRecords));
        }
      }
    };
  }

  private synchronized void tick() {
    if (interactive) {
      redraw();
      return;
    }
    for (Map.Entry<String, State> e : states.entrySet()) {
      if (e.getValue().running) {
        out.println(line(e.getKey(), e.getValue()));
      }
    }
    out.flush();
  }

  private String line(String key, State s) {
    if (!s.running) {
      return "[run] " + key + ": " + s.phase;
    }
    final double sec = seconds(s);
    final StringBuilder sb = new StringBuilder("[run] ").append(key).append(": ");
    if ("comparing".equals(s.phase) && !s.contig.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%s %,d records, %,.0f rec/s", s.contig, s.records,
          sec > 0 ? s.records / sec : 0.0));
    } else {
      sb.append(s.phase);
    }
    return sb.toString();
  }

  private static double seconds(State s) {
    return s.startNanos == 0 ? 0 : (System.nanoTime() - s.startNanos) / 1e9;
  }

  /** Prints a line above the live block (interactive) or as a log line. */
  private void print(String line) {
    if (interactive) {
      clearBlock();
      out.println(line);
      drawBlock();
    } else {
      out.println(line);
    }
    out.flush();
  }

  private void redraw() {
    clearBlock();
    drawBlock();
    out.flush();
  }

  private void clearBlock() {
    if (drawnLines > 0) {
      // Up to the block's first line, then erase to the end of the screen.
      out.print("\033[" + drawnLines + "F\033[J");
      drawnLines = 0;
    }
  }

  private void drawBlock() {
    for (Map.Entry<String, State> e : states.entrySet()) {
      out.print("\r" + line(e.getKey(), e.getValue()) + "\n");
    }
    drawnLines = states.size();
  }

  /** Stops the timer; the live block stays on screen as the final state. */
  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
    synchronized (this) {
      if (interactive) {
        redraw();
        drawnLines = 0;
      }
    }
  }
}
