package dk.harness.io;

import dk.harness.bench.Chr21;
import dk.harness.core.ReferenceSequence;
import java.util.SplittableRandom;
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
 * Reference access: loading the 48.1 Mbp chr21 pseudo-reference (bgzip FASTA, as the comparison does once per
 * contig), and reading it the way the engine does, 1,000 random 100 bp windows ({@code bases}) or 100,000
 * single bases ({@code baseAt}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ReferenceBenchmark {
  private ReferenceSequence contig;
  private int[] positions;

  @Setup
  public void setup() {
    try (FastaReference fasta = FastaReference.open(Chr21.file(Chr21.REFERENCE))) {
      contig = fasta.contig(Chr21.CONTIG);
    }
    final SplittableRandom r = new SplittableRandom(1);
    positions = new int[100_000];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = r.nextInt(contig.length() - 100);
    }
  }

  @Benchmark
  public int loadContig() {
    try (FastaReference fasta = FastaReference.open(Chr21.file(Chr21.REFERENCE))) {
      return fasta.contig(Chr21.CONTIG).length();
    }
  }

  @Benchmark
  public long bases() {
    long sum = 0;
    for (int i = 0; i < 1_000; i++) {
      sum += contig.bases(positions[i], positions[i] + 100)[50];
    }
    return sum;
  }

  @Benchmark
  public long baseAt() {
    long sum = 0;
    for (int p : positions) {
      sum += contig.baseAt(p);
    }
    return sum;
  }
}
