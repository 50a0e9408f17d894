package dk.harness.bench;

import dk.harness.core.sv.SvBench;
import dk.harness.core.sv.SvConfig;
import dk.harness.core.sv.SvRegions;
import dk.harness.core.sv.SvResult;
import dk.harness.core.sv.SvSummary;
import dk.harness.io.SvBed;
import dk.harness.io.SvVcf;
import dk.harness.io.SvVcfReader;
import dk.harness.compare.ProgressSink;
import dk.harness.compare.sv.SvComparison;
import dk.harness.compare.sv.SvSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The SV comparison inside a long-running JVM ({@code harness run}: JIT warm, truth loaded once), timed in-process.
 * Two measures per iteration, each the median of {@code --runs} after {@code --warmups} unmeasured ones:
 * <ul>
 *   <li>{@code submission}: what each further submission costs once the truth and its BED are in memory: read the
 *       query VCF and compare ({@link SvBench#compare}).
 *   <li>{@code full}: {@link SvComparison#run} as {@code harness compare-sv} runs it, reading both VCFs and writing
 *       the result folder (summary, metrics, four bgzipped VCFs with indexes).
 * </ul>
 * Parameters are GIAB's (as in the shared data's Truvari commands): refdist 1000, pctseq 0, pctsize 0.7, pctovl 0,
 * sizemin 50, sizefilt 30, sizemax 50000, passonly, pick single, chunksize 1000. Prints the counts, so the bench
 * script can check them against Truvari's.
 *
 * <p>Usage: {@code java -cp harness-bench.jar dk.harness.bench.SvWarm --truth VCF --query VCF --includebed BED
 * --out DIR [--warmups 5] [--runs 10]}
 */
public final class SvWarm {
  /** The process's CPU time (all threads, GC and JIT included): other work on a shared machine stretches wall time. */
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private SvWarm() {
  }

  public static void main(String[] args) throws Exception {
    final Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    final Path truthFile = Path.of(a.get("truth"));
    final Path queryFile = Path.of(a.get("query"));
    final Path bed = Path.of(a.get("includebed"));
    final Path out = Files.createDirectories(Path.of(a.get("out")));
    final int warmups = Integer.parseInt(a.getOrDefault("warmups", "5"));
    final int runs = Integer.parseInt(a.getOrDefault("runs", "10"));
    final SvConfig config = new SvConfig(1000, 0.0, 0.7, 0.0, false, false, 100, true, 50, 30, 50_000, true,
        SvConfig.NoRef.NONE, SvConfig.Pick.SINGLE, 1000, false, 25_000, 0, true);

    final long t0 = System.nanoTime();
    final SvVcf truth = SvVcfReader.read(truthFile, null, true);
    final SvRegions regions = SvBed.read(bed, truth.input().contigs().keySet());
    System.out.printf(Locale.ROOT, "truth loaded once (cold JVM): %.0f ms, %d records%n",
        (System.nanoTime() - t0) / 1e6, truth.input().records().size());

    final SvResult[] last = new SvResult[1];
    final double submission = median("submission (read query + compare)", warmups, runs, () -> {
      final SvVcf query = SvVcfReader.read(queryFile, null, true);
      last[0] = new SvBench(config, null).compare(truth.input(), query.input(), regions);
    });
    final SvSummary s = last[0].summary();
    System.out.printf(Locale.ROOT, "counts TP-base %d TP-comp %d FP %d FN %d%n", s.tpBase(), s.tpComp(), s.fp(),
        s.fn());

    final int[] n = {0};
    final double full = median("full compare-sv (read both, compare, write folder)", warmups, runs, () -> {
      final Path dir = out.resolve("run" + n[0]++);
      SvComparison.run(new SvSettings(truthFile, queryFile, bed, null, null, null, null, dir, config), "bench",
          ProgressSink.SILENT);
    });
    System.out.printf(Locale.ROOT, "medians: submission %.0f ms, full %.0f ms%n", submission, full);
    Files.writeString(out.resolve("sv-warm.tsv"), String.format(Locale.ROOT,
        "submission_ms\t%.1f%nfull_ms\t%.1f%n", submission, full));
  }

  interface Step {
    void run() throws Exception;
  }

  private static double median(String name, int warmups, int runs, Step step) throws Exception {
    for (int i = 0; i < warmups; i++) {
      step.run();
    }
    final double[] ms = new double[runs];
    final double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      final long c = OS.getProcessCpuTime();
      final long t = System.nanoTime();
      step.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (OS.getProcessCpuTime() - c) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "%s: median %.0f ms wall [%.0f-%.0f], %.0f ms CPU of the process [%.0f-%.0f], "
        + "over %d runs after %d warm-ups (load %.1f)%n", name, median(ms), ms[0], ms[runs - 1], median(cpu), cpu[0],
        cpu[runs - 1], runs, warmups, OS.getSystemLoadAverage());
    return median(ms);
  }

  private static double median(double[] sorted) {
    final int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
