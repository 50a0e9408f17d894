package dk.harness.core.match;

import dk.harness.bench.CpuTime;

/**
 * The {@link EngineBenchmark} cases timed by thread CPU time (robust on a busy machine):
 * {@code java -cp harness-bench.jar dk.harness.core.match.EngineCpu [runs]}.
 */
public final class EngineCpu {
  private EngineCpu() {
  }

  public static void main(String[] args) throws Exception {
    final int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    final EngineBenchmark b = new EngineBenchmark();
    b.setup();
    CpuTime.measure("grouping", 3, runs, b::grouping);
    CpuTime.measure("haplotypeSearch", 3, runs, b::haplotypeSearch);
    CpuTime.measure("compareContig (1 thread)", 3, runs, b::compareContig);
  }
}
