package dk.harness.bench;

import dk.harness.io.ScoreField;
import dk.harness.compare.CompareSettings;
import dk.harness.compare.Comparison;
import dk.harness.compare.ComparisonResult;
import dk.harness.compare.ProgressSink;
import dk.harness.compare.TruthSetData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The nightly case: one truth set, many submissions. Compares every query against the truth in one JVM, either
 * reading the truth files for each query ({@code --mode files}, what separate {@code harness compare} runs do) or
 * loading the truth once into a {@link TruthSetData} and sharing it ({@code --mode shared}). Prints one line per
 * step with its wall time, then the total, so the bench script can show the saving per query.
 *
 * <p>Usage: {@code java -cp harness-bench.jar dk.harness.bench.TruthReuse --mode files|shared --truth VCF
 * --reference FA [--confident BED] [--stratification TSV] --queries q0.vcf.gz,q1.vcf.gz --threads 2 --out DIR}
 */
public final class TruthReuse {
  private TruthReuse() {
  }

  public static void main(String[] args) throws Exception {
    final Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    final String mode = a.getOrDefault("mode", "shared");
    final Path truth = Path.of(a.get("truth"));
    final Path reference = Path.of(a.get("reference"));
    final Path confident = a.containsKey("confident") ? Path.of(a.get("confident")) : null;
    final Path strata = a.containsKey("stratification") ? Path.of(a.get("stratification")) : null;
    final int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
    final Path out = Path.of(a.get("out"));
    final List<Path> queries = new ArrayList<>();
    for (String q : a.get("queries").split(",")) {
      queries.add(Path.of(q));
    }
    final long start = System.nanoTime();
    if (mode.equals("files")) {
      int i = 0;
      for (Path q : queries) {
        final long t0 = System.nanoTime();
        final CompareSettings s = new CompareSettings(truth, q, reference, confident, strata, null, null, null,
            threads, ScoreField.QUAL, out.resolve("files-q" + i++));
        report("compare " + q.getFileName(), t0, Comparison.run(s, "bench", ProgressSink.SILENT));
      }
    } else if (mode.equals("shared")) {
      final long t0 = System.nanoTime();
      try (TruthSetData data = TruthSetData.load(new TruthSetData.Files(truth, reference, confident, strata,
          null))) {
        final double seconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        final Runtime rt = Runtime.getRuntime();
        final long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "load truth\t%.2f s\t%d records, heap after GC %.0f MiB (%.0f bytes a record"
            + " including strata and regions)%n", seconds, data.recordCount(), used / 1048576.0,
            (double) used / data.recordCount());
        int i = 0;
        for (Path q : queries) {
          final long t1 = System.nanoTime();
          final CompareSettings s = data.settings(q, null, null, threads, ScoreField.QUAL,
              out.resolve("shared-q" + i++));
          report("compare " + q.getFileName(), t1, Comparison.run(s, data, "bench", ProgressSink.SILENT));
        }
      }
    } else {
      throw new IllegalArgumentException("--mode must be files or shared");
    }
    System.out.printf(Locale.ROOT, "total\t%.2f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static void report(String what, long t0, ComparisonResult r) {
    System.out.printf(Locale.ROOT, "%s\t%.2f s\t%d outputs%n", what, (System.nanoTime() - t0) / 1e9,
        r.outputs().size());
  }
}
