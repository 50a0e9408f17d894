package dk.harness.simulate;

import dk.harness.core.sv.SvBench;
import dk.harness.core.sv.SvConfig;
import dk.harness.core.sv.SvReference;
import dk.harness.core.sv.SvSummary;
import dk.harness.io.FastaReference;
import dk.harness.io.SvBed;
import dk.harness.io.SvVcf;
import dk.harness.io.SvVcfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The SV test cohort (generated once per JVM) and the SV engine run on it as {@code harness compare-sv} runs it. */
final class SvCohorts {
  /** The demo's size (2 x 2 Mb) and two samples: a few hundred SVs per sample, enough for stable proportions. */
  static final SimulationConfig SV = SimulationConfig.defaults().withSamples(java.util.List.of("HG002", "HG005"));

  private static Cohort cohort;

  private SvCohorts() {
  }

  static synchronized Cohort cohort() throws IOException {
    if (cohort == null) {
      cohort = new CohortSimulator(SV).generate(TestCohorts.fresh("sv"));
    }
    return cohort;
  }

  /**
   * Truvari-default comparison of {@code query} with the sample's SV truth inside its benchmark BED, with the
   * cohort's reference (Truvari's --reference) or without.
   */
  static SvSummary compare(Cohort c, String sample, Path query, boolean withReference) {
    final Cohort.SampleFiles s = c.sample(sample);
    final SvVcf truth = SvVcfReader.read(s.svTruthVcf(), sample);
    final SvVcf calls = SvVcfReader.read(query, sample);
    try (FastaReference fasta = FastaReference.open(c.reference())) {
      final SvReference ref = withReference ? adapt(fasta) : null;
      return new SvBench(SvConfig.defaults(), ref).compare(truth.input(), calls.input(),
          SvBed.read(s.svBenchmarkBed(), truth.input().contigs().keySet())).summary();
    }
  }

  private static SvReference adapt(FastaReference fasta) {
    final Map<String, Integer> lengths = fasta.contigLengths();
    return new SvReference() {
      @Override
      public long length(String contig) {
        final Integer l = lengths.get(contig);
        return l == null ? -1 : l;
      }

      @Override
      public String bases(String contig, long start, long end) {
        final var seq = fasta.contig(contig);
        return new String(seq.bases((int) start, (int) Math.min(end, seq.length())), StandardCharsets.US_ASCII);
      }
    };
  }
}
