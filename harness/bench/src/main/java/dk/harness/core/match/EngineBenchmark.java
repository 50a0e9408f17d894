package dk.harness.core.match;

import dk.harness.bench.Chr21;
import dk.harness.core.ComparisonConfig;
import dk.harness.core.ContigResult;
import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core engine on real chr21 (GIAB truth vs HaplotypeCaller, 55,462 + 77,689 records), one thread:
 * {@code grouping} splits the contig into independent groups; {@code haplotypeSearch} resolves every group
 * (the search proper); {@code compareContig} is the whole {@link ContigMatcher#compare} including both.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class EngineBenchmark {
  private Chr21 data;
  private List<Variant> truth;
  private List<Variant> query;
  private ReplayVariant[] t;
  private ReplayVariant[] q;
  private Template template;
  private List<Group> groups;
  private ContigMatcher matcher;
  private GroupResolver resolver;

  @Setup
  public void setup() {
    data = Chr21.load();
    truth = variants(data.truth);
    query = variants(data.query);
    t = replay(truth);
    q = replay(query);
    template = new Template(data.reference);
    groups = new Grouping(template).split(t, q);
    final ComparisonConfig config = ComparisonConfig.defaults().withThreads(1);
    matcher = new ContigMatcher(config);
    resolver = new GroupResolver(config.maxPaths(), config.maxIterations());
  }

  @Benchmark
  public int grouping() {
    return new Grouping(template).split(t, q).size();
  }

  @Benchmark
  public int haplotypeSearch() {
    int n = 0;
    for (Group g : groups) {
      n += resolver.resolve(g, MostVariantsMatched.Prior.NONE, MostVariantsMatched.Prior.NONE).truthLevel.length;
    }
    return n;
  }

  @Benchmark
  public ContigResult compareContig() {
    return matcher.compare(Chr21.CONTIG, data.reference, truth, query);
  }

  private static List<Variant> variants(List<LoadedRecord> records) {
    final List<Variant> out = new ArrayList<>(records.size());
    for (LoadedRecord r : records) {
      out.add(r.variant());
    }
    return out;
  }

  /** As {@link ContigMatcher} prepares them: variants only, sorted by (start, end). */
  private static ReplayVariant[] replay(List<Variant> vs) {
    final List<ReplayVariant> out = new ArrayList<>();
    for (int i = 0; i < vs.size(); i++) {
      final Variant v = vs.get(i);
      if (v.isVariant() && v.ploidy() <= 2) {
        out.add(ReplayVariant.of(i, v));
      }
    }
    final ReplayVariant[] arr = out.toArray(new ReplayVariant[0]);
    Arrays.sort(arr, Comparator.<ReplayVariant>comparingInt(v -> v.start).thenComparingInt(v -> v.end));
    return arr;
  }
}
