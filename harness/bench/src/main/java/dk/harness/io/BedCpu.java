package dk.harness.io;

import dk.harness.bench.CpuTime;
import dk.harness.core.RegionSet;
import java.nio.file.Path;

/**
 * Loading one large BED: {@link BedRegions#read} in full, the text scan alone ({@link TextLines}), and the
 * {@link RegionSet.Builder} alone fed the same intervals; by thread CPU time.
 * {@code java -cp harness-bench.jar dk.harness.io.BedCpu FILE.bed [runs]}.
 */
public final class BedCpu {
  private BedCpu() {
  }

  public static void main(String[] args) throws Exception {
    final Path bed = Path.of(args[0]);
    final int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    CpuTime.measure("lines only", 1, runs, () -> {
      long n = 0;
      try (TextLines in = TextLines.open(bed, "BED")) {
        while (in.readLine() != null) {
          n++;
        }
      }
      return n;
    });
    final RegionSet set = BedRegions.read(bed);
    final String contig = set.contigs().iterator().next();
    final int per = set.intervals(contig).size();
    final int contigs = set.contigs().size();
    CpuTime.measure("builder only (" + (long) per * contigs + " intervals)", 1, runs, () -> {
      final RegionSet.Builder b = RegionSet.builder();
      for (String c : set.contigs()) {
        for (int[] iv : set.intervals(c)) {
          b.add(c, iv[0], iv[1]);
        }
      }
      return b.build();
    });
    CpuTime.measure("BedRegions.read", 1, runs, () -> BedRegions.read(bed));
  }
}
