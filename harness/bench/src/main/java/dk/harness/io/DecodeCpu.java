package dk.harness.io;

import dk.harness.bench.Chr21;
import dk.harness.bench.CpuTime;
import java.nio.file.Path;

/**
 * The {@link VcfDecodeBenchmark} cases timed by thread CPU time (robust on a busy machine):
 * {@code java -cp harness-bench.jar dk.harness.io.DecodeCpu [runs]}.
 */
public final class DecodeCpu {
  private DecodeCpu() {
  }

  public static void main(String[] args) throws Exception {
    final int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    for (String which : new String[] {"truth", "query"}) {
      final Path p = Chr21.file(which.equals("truth") ? Chr21.TRUTH : Chr21.QUERY);
      CpuTime.measure(which + " lines", 3, runs, () -> lines(p));
      CpuTime.measure(which + " parse fast", 3, runs, () -> parse(p, VcfInput.Decoding.FAST));
      CpuTime.measure(which + " parse htsjdk", 3, runs, () -> parse(p, VcfInput.Decoding.HTSJDK));
    }
  }

  static long lines(Path p) {
    long n = 0;
    try (TextLines in = TextLines.open(p, "VCF")) {
      String line;
      while ((line = in.readLine()) != null) {
        n += line.length();
      }
    }
    return n;
  }

  static int parse(Path p, VcfInput.Decoding d) {
    int n = 0;
    try (VcfInput in = VcfInput.open(p, "bench", null, ScoreField.QUAL, d)) {
      for (ContigRecords c = in.nextContig(); c != null; c = in.nextContig()) {
        n += c.records().size();
      }
    }
    return n;
  }
}
