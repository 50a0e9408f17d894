package dk.harness.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Times single-threaded work by the thread's CPU time rather than the wall clock, so other processes on a shared
 * machine inflate the figures much less than they inflate JMH's wall-clock scores. Reports the median and range
 * of {@code runs} measured runs after {@code warmups} unmeasured ones.
 */
public final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTime() {
  }

  /** Runs {@code task} and prints "name: median ms CPU [min-max], wall median ms". */
  public static double[] measure(String name, int warmups, int runs, Callable<?> task) throws Exception {
    for (int i = 0; i < warmups; i++) {
      task.call();
    }
    final double[] cpu = new double[runs];
    final double[] wall = new double[runs];
    for (int i = 0; i < runs; i++) {
      final long w0 = System.nanoTime();
      final long c0 = THREADS.getCurrentThreadCpuTime();
      task.call();
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
      wall[i] = (System.nanoTime() - w0) / 1e6;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(Locale.ROOT, "%-34s cpu %8.1f ms [%.1f-%.1f]   wall %8.1f ms%n", name, cpu[runs / 2], cpu[0],
        cpu[runs - 1], wall[runs / 2]);
    return cpu;
  }
}
