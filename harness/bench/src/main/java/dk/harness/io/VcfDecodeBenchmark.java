package dk.harness.io;

import dk.harness.bench.Chr21;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * VCF line decoding of one real chr21 VCF (bgzip): the decompressed lines alone ({@code lines}), then full
 * record parsing with the fast site check ({@code fast}) and with htsjdk's codec on every line ({@code htsjdk}).
 * Time per file; divide the record count (truth 55,462, query 77,689) by it for records per second.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class VcfDecodeBenchmark {
  @Param({"truth", "query"})
  public String file;

  private Path path;

  @Setup
  public void setup() {
    path = Chr21.file(file.equals("truth") ? Chr21.TRUTH : Chr21.QUERY);
  }

  @Benchmark
  public long lines() {
    long n = 0;
    try (TextLines in = TextLines.open(path, "VCF")) {
      String line;
      while ((line = in.readLine()) != null) {
        n += line.length();
      }
    }
    return n;
  }

  @Benchmark
  public int fast() {
    return parse(VcfInput.Decoding.FAST);
  }

  @Benchmark
  public int htsjdk() {
    return parse(VcfInput.Decoding.HTSJDK);
  }

  private int parse(VcfInput.Decoding decoding) {
    int n = 0;
    try (VcfInput in = VcfInput.open(path, "bench", null, ScoreField.QUAL, decoding)) {
      for (ContigRecords c = in.nextContig(); c != null; c = in.nextContig()) {
        n += c.records().size();
      }
    }
    return n;
  }
}
