package dk.harness.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Generates a demo cohort (reference, truth sets, confident regions, strata, unit call sets, {@code cohort.json})
 * deterministically from a {@link SimulationConfig}: equal configs give byte-identical files.
 *
 * <p>Generation streams block by block ({@value ReferenceGenerator#BLOCK_SIZE} bases) along each contig, writing
 * every output as it goes: memory does not depend on the genome size and time is linear in it. Each block's
 * reference, truth and calls come from their own derived random streams.
 *
 * <p>Not thread-safe; one instance may generate several times.
 */
public final class CohortSimulator {
  private final SimulationConfig config;

  public CohortSimulator(SimulationConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public SimulationConfig config() {
    return config;
  }

  /**
   * Writes the cohort under {@code outDir} (created if missing; files of a previous cohort there are replaced).
   *
   * @return the paths written and the injected-error counts
   * @throws IOException if writing fails
   */
  public Cohort generate(Path outDir) throws IOException {
    return generate(outDir, line -> { });
  }

  /**
   * As {@link #generate(Path)}, reporting one line per finished contig to {@code progress}.
   */
  public Cohort generate(Path outDir, Consumer<String> progress) throws IOException {
    final Path root = outDir;
    Files.createDirectories(root.resolve("reference"));
    Files.createDirectories(root.resolve("truth"));
    Files.createDirectories(root.resolve("strata"));
    for (UnitProfile u : config.units()) {
      Files.createDirectories(root.resolve("units").resolve(u.unitName()));
    }
    final List<String> samples = config.samples();
    final List<UnitProfile> units = config.units();
    final ReferenceGenerator referenceGenerator = new ReferenceGenerator(config.seed());
    final TruthGenerator truthGenerator = new TruthGenerator(config.seed(), config.mix());
    final List<UnitCaller> callers = units.stream().map(u -> new UnitCaller(config.seed(), u)).toList();

    final Counts[] truthStats = new Counts[samples.size()];
    final Counts[][] injected = new Counts[units.size()][samples.size()];
    final Counts[][] injectedConfident = new Counts[units.size()][samples.size()];
    final long[] confidentBases = new long[samples.size()];
    final long[][] callRecords = new long[units.size()][samples.size()];
    final long[] strataBases;

    final List<Closeable> open = new ArrayList<>();
    try {
      final FastaWriter fasta = track(open, new FastaWriter(root.resolve(CohortLayout.REFERENCE)));
      final List<Path> strataPaths = StrataScanner.NAMES.stream()
          .map(n -> root.resolve(CohortLayout.stratumBed(n))).toList();
      final StrataScanner strata = track(open, new StrataScanner(strataPaths));
      final VcfWriter[] truthVcf = new VcfWriter[samples.size()];
      final BedWriter[] confident = new BedWriter[samples.size()];
      final VcfWriter[][] unitVcf = new VcfWriter[units.size()][samples.size()];
      for (int s = 0; s < samples.size(); s++) {
        final String sample = samples.get(s);
        truthStats[s] = new Counts();
        truthVcf[s] = track(open, new VcfWriter(root.resolve(CohortLayout.truthVcf(sample)),
            VcfText.truthHeader(config, sample), config.contigs()));
        confident[s] = track(open, new BedWriter(root.resolve(CohortLayout.confidentBed(sample))));
        for (int u = 0; u < units.size(); u++) {
          injected[u][s] = new Counts();
          injectedConfident[u][s] = new Counts();
          unitVcf[u][s] = track(open, new VcfWriter(
              root.resolve(CohortLayout.queryVcf(units.get(u).unitName(), sample)),
              VcfText.queryHeader(config, units.get(u), sample), config.contigs()));
        }
      }
      for (ContigSpec contig : config.contigs()) {
        fasta.startContig(contig.name());
        strata.startContig(contig.name(), contig.length());
        final int blocks = ReferenceGenerator.blockCount(contig.length());
        for (int b = 0; b < blocks; b++) {
          final ReferenceBlock block = referenceGenerator.block(contig.name(), contig.length(), b);
          fasta.write(block.bases());
          strata.accept(block.bases());
          for (int s = 0; s < samples.size(); s++) {
            final String sample = samples.get(s);
            final TruthBlock truth = truthGenerator.generate(sample, block, truthStats[s]);
            final long salt = Seeds.mix(config.seed() ^ sample.hashCode());
            for (TruthVariant v : truth.variants()) {
              truthVcf[s].write(contig.name(), v.pos(), v.allelic().ref().length(),
                  VcfText.truthLine(contig.name(), v, salt));
            }
            for (int[] c : truth.confident()) {
              confident[s].add(contig.name(), c[0], c[1]);
            }
            for (int u = 0; u < units.size(); u++) {
              for (CallRecord c : callers.get(u).call(sample, truth, injected[u][s], injectedConfident[u][s])) {
                unitVcf[u][s].write(contig.name(), c.pos(), c.allelic().ref().length(),
                    VcfText.callLine(contig.name(), c));
              }
            }
          }
        }
        strata.finishContig();
        progress.accept("simulated " + contig.name() + " (" + contig.length() + " bp)");
      }
      closeAll(open);
      strataBases = strata.bases();
      for (int s = 0; s < samples.size(); s++) {
        confidentBases[s] = confident[s].bases();
        for (int u = 0; u < units.size(); u++) {
          callRecords[u][s] = unitVcf[u][s].records();
        }
      }
    } catch (IOException | RuntimeException e) {
      try {
        closeAll(open);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }

    final SvSimulator.Result sv = config.svMix().enabled() ? new SvSimulator(config).generate(root) : null;
    if (sv != null) {
      progress.accept("simulated structural variants");
    }

    final List<String> tsv = new ArrayList<>();
    for (String name : StrataScanner.NAMES) {
      tsv.add(name + "\t" + Path.of(CohortLayout.stratumBed(name)).getFileName());
    }
    Files.write(root.resolve(CohortLayout.STRATA_TSV), tsv, StandardCharsets.US_ASCII);

    final List<Cohort.SampleFiles> sampleFiles = new ArrayList<>();
    for (String sample : samples) {
      sampleFiles.add(new Cohort.SampleFiles(sample, root.resolve(CohortLayout.truthVcf(sample)),
          root.resolve(CohortLayout.confidentBed(sample)),
          sv == null ? null : root.resolve(CohortLayout.svTruthVcf(sample)),
          sv == null ? null : root.resolve(CohortLayout.svBenchmarkBed(sample))));
    }
    final List<Cohort.UnitCalls> unitCalls = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      for (int s = 0; s < samples.size(); s++) {
        unitCalls.add(new Cohort.UnitCalls(units.get(u), samples.get(s),
            root.resolve(CohortLayout.queryVcf(units.get(u).unitName(), samples.get(s))), units.get(u).rocScore(),
            injected[u][s].snapshot(), injectedConfident[u][s].snapshot(),
            sv == null ? null : root.resolve(CohortLayout.svQueryVcf(units.get(u).unitName(), samples.get(s))),
            sv == null ? new Counts().snapshot() : sv.injected()[u][s].snapshot(),
            sv == null ? new Counts().snapshot() : sv.injectedBenchmark()[u][s].snapshot()));
      }
    }
    final Cohort cohort = new Cohort(root, root.resolve(CohortLayout.REFERENCE),
        root.resolve(CohortLayout.STRATA_TSV), root.resolve(CohortLayout.COHORT_JSON), sampleFiles, unitCalls);
    final Map<String, Object> json = CohortDescription.describe(config, cohort, truthStats, confidentBases,
        strataBases, callRecords, sv);
    Files.writeString(cohort.cohortJson(), Json.write(json), StandardCharsets.UTF_8);
    return cohort;
  }

  /** Registers {@code c} for {@link #closeAll}; returns it. */
  static <T extends Closeable> T track(List<Closeable> open, T c) {
    open.add(c);
    return c;
  }

  /** Closes every tracked resource, all of them even after a failure; rethrows the first failure. */
  static void closeAll(List<Closeable> open) throws IOException {
    IOException first = null;
    for (Closeable c : open) {
      try {
        c.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
