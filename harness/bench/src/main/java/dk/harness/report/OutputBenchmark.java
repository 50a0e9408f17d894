package dk.harness.report;

import dk.harness.bench.Chr21;
import dk.harness.bench.data.SyntheticStrata;
import dk.harness.core.ComparisonConfig;
import dk.harness.core.RegionSet;
import dk.harness.core.Variant;
import dk.harness.core.VariantComparison;
import dk.harness.io.BedRegions;
import dk.harness.io.LoadedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Output writing for one compared chr21 contig (GIAB truth vs HaplotypeCaller, confident BED), with no strata
 * or with the twelve synthetic strata of the whole-genome bench ({@code strata}): the annotation every sink
 * shares, each sink on its own (accept + finish), and the whole {@link ReportWriter}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class OutputBenchmark {
  @Param({"0", "12"})
  public int strata;

  private ReportContext context;
  private ContigOutcome outcome;
  private Path dir;

  @Setup
  public void setup() throws IOException {
    final Chr21 data = Chr21.load();
    final VariantComparison engine = new VariantComparison(ComparisonConfig.defaults().withThreads(1));
    outcome = new ContigOutcome(Chr21.CONTIG, data.truth, data.query,
        engine.compare(Chr21.CONTIG, data.reference, variants(data.truth), variants(data.query)));
    final RegionSet confident = BedRegions.read(Chr21.file(Chr21.CONFIDENT));
    final List<Stratum> list = new ArrayList<>();
    if (strata > 0) {
      final int[] starts = new int[data.truth.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = data.truth.get(i).variant().start();
      }
      for (Map.Entry<String, int[]> e : SyntheticStrata.compute(data.bases, starts).entrySet()) {
        final RegionSet.Builder b = new RegionSet.Builder();
        final int[] iv = e.getValue();
        for (int i = 0; i < iv.length; i += 2) {
          b.add(Chr21.CONTIG, iv[i], iv[i + 1]);
        }
        list.add(new Stratum(e.getKey(), b.build()));
      }
    }
    context = new ReportContext(Map.of(Chr21.CONTIG, (long) data.reference.length()), confident, list, "QUAL");
    dir = Files.createTempDirectory("harness-output-bench");
  }

  @Setup(Level.Iteration)
  public void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public AnnotatedContig annotate() {
    return new Annotator(context).annotate(outcome);
  }

  @Benchmark
  public void summaryCsv() throws IOException {
    run(new SummaryCsvSink(dir.resolve("s.csv"), context));
  }

  @Benchmark
  public void extendedCsv() throws IOException {
    run(new ExtendedCsvSink(dir.resolve("e.csv"), context));
  }

  @Benchmark
  public void ga4ghVcf() throws IOException {
    run(new Ga4ghVcfSink(dir.resolve("o.vcf.gz"), dir.resolve("o.vcf.gz.tbi"), context));
  }

  @Benchmark
  public void roc() throws IOException {
    run(new RocSink(dir.resolve("a.gz"), dir.resolve("b.gz"), dir.resolve("c.gz"), dir.resolve("d.gz"),
        dir.resolve("e.gz"), context));
  }

  @Benchmark
  public void reportWriter() throws IOException {
    final RunInfo run = new RunInfo("bench", Map.of(), "TRUTH", "QUERY", Map.of());
    try (ReportWriter w = new ReportWriter(OutputPaths.forPrefix(dir.resolve("w").toString()), context, run)) {
      w.accept(outcome, outcome);
      w.finish();
    }
  }

  private void run(ResultSink sink) throws IOException {
    try (sink) {
      sink.accept(outcome, outcome);
      sink.finish();
    }
  }

  private static List<Variant> variants(List<LoadedRecord> records) {
    final List<Variant> out = new ArrayList<>(records.size());
    for (LoadedRecord r : records) {
      out.add(r.variant());
    }
    return out;
  }
}
