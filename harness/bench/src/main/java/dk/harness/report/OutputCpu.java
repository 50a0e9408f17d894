package dk.harness.report;

import dk.harness.bench.CpuTime;

/**
 * The {@link OutputBenchmark} cases timed by thread CPU time (robust on a busy machine):
 * {@code java -cp harness-bench.jar dk.harness.report.OutputCpu [runs]}.
 */
public final class OutputCpu {
  private OutputCpu() {
  }

  public static void main(String[] args) throws Exception {
    final int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    for (int strata : new int[] {0, 12}) {
      final OutputBenchmark b = new OutputBenchmark();
      b.strata = strata;
      b.setup();
      final String s = " (" + strata + " strata)";
      CpuTime.measure("annotate" + s, 2, runs, b::annotate);
      CpuTime.measure("summaryCsv" + s, 2, runs, () -> { b.summaryCsv(); return null; });
      CpuTime.measure("extendedCsv" + s, 2, runs, () -> { b.extendedCsv(); return null; });
      CpuTime.measure("ga4ghVcf" + s, 2, runs, () -> { b.ga4ghVcf(); return null; });
      CpuTime.measure("roc" + s, 2, runs, () -> { b.roc(); return null; });
      CpuTime.measure("reportWriter" + s, 2, runs, () -> { b.reportWriter(); return null; });
    }
  }
}
