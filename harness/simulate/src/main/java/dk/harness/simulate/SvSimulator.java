package dk.harness.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the SV part of a cohort: per sample the SV truth VCF and its benchmark BED, per unit and sample the SV call
 * VCF. Reads only the finished reference FASTA of the small-variant part and draws from its own random streams
 * ({@code sv-*}), so the small-variant files are the same with SVs on or off. Memory is bounded by one contig's SVs
 * and calls of one sample (a few per 10 kb) and a few reference chunks. Not thread-safe.
 */
final class SvSimulator {
  private final SimulationConfig config;

  SvSimulator(SimulationConfig config) {
    this.config = config;
  }

  /**
   * What was written, in config order.
   *
   * @param truthCounts per sample: SVs by class, genotype and whether Truvari's defaults count them
   * @param benchmarkBases per sample: bases in the benchmark BED
   * @param injected per unit and sample: injected differences over the whole genome
   * @param injectedBenchmark the same, for truth SVs Truvari's defaults count and false calls inside the BED
   * @param records per unit and sample: call records written
   */
  record Result(Counts[] truthCounts, long[] benchmarkBases, Counts[][] injected, Counts[][] injectedBenchmark,
      long[][] records) {
  }

  Result generate(Path root) throws IOException {
    final List<String> samples = config.samples();
    final List<UnitProfile> units = config.units();
    final SvTruthGenerator truthGenerator = new SvTruthGenerator(config.seed(), config.svMix());
    final List<SvCaller> callers = units.stream().map(u -> new SvCaller(config.seed(), u)).toList();
    final Counts[] truthCounts = new Counts[samples.size()];
    final long[] benchmarkBases = new long[samples.size()];
    final Counts[][] injected = new Counts[units.size()][samples.size()];
    final Counts[][] injectedBenchmark = new Counts[units.size()][samples.size()];
    final long[][] records = new long[units.size()][samples.size()];
    final List<Closeable> open = new ArrayList<>();
    try {
      final VcfWriter[] truthVcf = new VcfWriter[samples.size()];
      final BedWriter[] bed = new BedWriter[samples.size()];
      final VcfWriter[][] callVcf = new VcfWriter[units.size()][samples.size()];
      for (int s = 0; s < samples.size(); s++) {
        final String sample = samples.get(s);
        truthCounts[s] = new Counts();
        truthVcf[s] = CohortSimulator.track(open, new VcfWriter(root.resolve(CohortLayout.svTruthVcf(sample)),
            SvText.truthHeader(config, sample), config.contigs()));
        bed[s] = CohortSimulator.track(open, new BedWriter(root.resolve(CohortLayout.svBenchmarkBed(sample))));
        for (int u = 0; u < units.size(); u++) {
          injected[u][s] = new Counts();
          injectedBenchmark[u][s] = new Counts();
          callVcf[u][s] = CohortSimulator.track(open, new VcfWriter(root.resolve(CohortLayout.svQueryVcf(
              units.get(u).unitName(), sample)), SvText.callHeader(config, units.get(u), sample), config.contigs()));
        }
      }
      final Map<String, Long> offsets = faiOffsets(root.resolve(CohortLayout.REFERENCE + ".fai"));
      for (ContigSpec contig : config.contigs()) {
        try (ReferenceWindow ref = new ReferenceWindow(root.resolve(CohortLayout.REFERENCE), contig.name(),
            contig.length(), offsets.get(contig.name()))) {
          for (int s = 0; s < samples.size(); s++) {
            final String sample = samples.get(s);
            final SvTruthGenerator.Contig truth = truthGenerator.generate(sample, ref);
            for (int[] b : truth.benchmark()) {
              bed[s].add(contig.name(), b[0], b[1]);
            }
            // All records of the sample, truth and every unit's, written in one pass along the contig, so the
            // reference window only moves forward (each writer still gets its own records in order).
            final List<Pending> pending = new ArrayList<>();
            for (SvTruth t : truth.truths()) {
              pending.add(new Pending(t.allele(), truthVcf[s], () -> SvText.truthLine(ref, t)));
              count(t, truthCounts[s]);
            }
            for (int u = 0; u < units.size(); u++) {
              for (SvCaller.SvCall c : callers.get(u).call(sample, ref, truth, injected[u][s],
                  injectedBenchmark[u][s])) {
                pending.add(new Pending(c.allele(), callVcf[u][s], () -> SvText.callLine(ref, c)));
              }
            }
            // Stable: records at one position keep their order within each file.
            pending.sort(Comparator.comparingInt(p -> p.allele().anchor()));
            for (Pending p : pending) {
              p.out().write(contig.name(), p.allele().anchor(), p.allele().indexLength(), p.line().get());
            }
          }
        }
      }
      CohortSimulator.closeAll(open);
      for (int s = 0; s < samples.size(); s++) {
        benchmarkBases[s] = bed[s].bases();
        for (int u = 0; u < units.size(); u++) {
          records[u][s] = callVcf[u][s].records();
        }
      }
    } catch (IOException | RuntimeException e) {
      try {
        CohortSimulator.closeAll(open);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return new Result(truthCounts, benchmarkBases, injected, injectedBenchmark, records);
  }

  /** Contig name to the byte offset of its first base, from the index the FASTA writer wrote. */
  private static Map<String, Long> faiOffsets(Path fai) throws IOException {
    final Map<String, Long> out = new HashMap<>();
    for (String line : Files.readAllLines(fai, StandardCharsets.US_ASCII)) {
      final String[] f = line.split("\t");
      out.put(f[0], Long.parseLong(f[2]));
    }
    return out;
  }

  /** A record waiting to be written. */
  private record Pending(SvAllele allele, VcfWriter out, Supplier<String> line) {
  }

  private static void count(SvTruth t, Counts c) {
    final String type = t.simType().toLowerCase(java.util.Locale.ROOT);
    c.add("total");
    c.add(type);
    c.add("genotype_" + t.genotype().name().toLowerCase(java.util.Locale.ROOT));
    if (t.allele().symbolic()) {
      c.add("symbolic");
    }
    if (t.allele().length() > SvTruth.SIZEMAX) {
      c.add("over_50kb");
    }
    if (t.counted()) {
      c.add("benchmark");
      c.add("benchmark_" + type);
      if (t.allele().length() < SvErrorProfile.FAR_SHIFT_MAX_SIZE) {
        c.add("benchmark_under_1kb");
      }
    }
  }
}
