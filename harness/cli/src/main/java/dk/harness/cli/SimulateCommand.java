package dk.harness.cli;

import dk.harness.io.InputException;
import dk.harness.simulate.Cohort;
import dk.harness.simulate.CohortSimulator;
import dk.harness.simulate.SimulationConfig;
import dk.harness.simulate.SvMix;
import dk.harness.simulate.UnitProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness simulate}: writes a deterministic demo cohort. The work is done by {@link CohortSimulator}. */
@Command(
    name = "simulate",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Generate a deterministic demo cohort: reference, truth set, strata and five units' call sets.",
    descriptionHeading = "%n",
    description = {
        "Writes, under --out: reference/demo.fa(.fai); truth/<sample>_truth.vcf.gz(.tbi) and "
            + "truth/<sample>_confident.bed; strata/strata.tsv with homopolymer, tandem repeat, GC and "
            + "not-in-repeats BEDs; units/<unit>/<sample>.vcf.gz(.tbi) for each unit; cohort.json describing it all "
            + "(relative paths, seed, configuration, injected errors per unit).",
        "",
        "Structural variants (unless --no-sv): truth/<sample>_sv_truth.vcf.gz(.tbi) with its benchmark BED "
            + "truth/<sample>_sv_benchmark.bed, and units/<unit>/<sample>_sv.vcf.gz(.tbi) per unit, for "
            + "'harness compare-sv'. The small-variant files are the same with or without them.",
        "",
        "The same options always give byte-identical files. No network is used. See docs/simulate.md.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  internal error (a bug): rerun with --debug",
        "  2  bad options or the output folder cannot be written"})
public final class SimulateCommand implements Callable<Integer>, FaultLocation {
  private final PrintWriter err;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder (created if missing; cohort files already there are replaced).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Master seed. Default: ${DEFAULT-VALUE}.")
  long seed = SimulationConfig.DEFAULT_SEED;

  @Option(names = "--contigs", paramLabel = "N", description = "Number of contigs (chr1..chrN). Default: "
      + "${DEFAULT-VALUE}.")
  int contigs = SimulationConfig.DEFAULT_CONTIG_COUNT;

  @Option(names = "--contig-length", paramLabel = "BASES", description = "Length of each contig. Default: "
      + "${DEFAULT-VALUE}.")
  int contigLength = SimulationConfig.DEFAULT_CONTIG_LENGTH;

  @Option(names = "--units", paramLabel = "NAME", split = ",",
      description = "Units to simulate, comma-separated, from north, central, south, capital, zealand. Default: all.")
  List<String> units;

  @Option(names = "--samples", paramLabel = "NAME", split = ",",
      description = "Sample names, comma-separated; each gets its own truth set. Default: "
          + SimulationConfig.DEFAULT_SAMPLE + ".")
  List<String> samples;

  @Option(names = "--no-sv", description = "Do not simulate structural variants (no SV files are written).")
  boolean noSv;

  @Option(names = {"-q", "--quiet"}, description = "Do not list the files written.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  SimulateCommand(PrintWriter err) {
    this.err = err;
  }

  @Override
  public Path faultLocation() {
    return out;
  }

  @Override
  public Integer call() throws Exception {
    final SimulationConfig config = config();
    final Cohort cohort;
    try {
      cohort = new CohortSimulator(config).generate(out, quiet ? line -> { } : line -> {
        err.println("harness: " + line);
        err.flush();
      });
    } catch (IOException e) {
      throw new InputException(out, -1, "cannot write the cohort under '" + out + "' (" + e + ")",
          "choose a writable folder for --out");
    }
    if (!quiet) {
      printSummary(cohort);
    }
    return Main.EXIT_OK;
  }

  /** The config the options describe; a bad value is a usage error (exit code 2). */
  SimulationConfig config() {
    try {
      SimulationConfig config = SimulationConfig.defaults().withSeed(seed)
          .withContigs(SimulationConfig.contigs(contigs, contigLength));
      if (units != null) {
        final List<UnitProfile> profiles = new ArrayList<>();
        for (String u : units) {
          profiles.add(UnitProfile.byName(u.strip()));
        }
        config = config.withUnits(profiles);
      }
      if (samples != null) {
        config = config.withSamples(samples.stream().map(String::strip).toList());
      }
      if (noSv) {
        config = config.withSvMix(SvMix.none());
      }
      return config;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void printSummary(Cohort cohort) {
    err.println("harness: wrote demo cohort to " + cohort.root());
    err.println("  reference  " + cohort.root().relativize(cohort.reference()));
    for (Cohort.SampleFiles s : cohort.samples()) {
      err.println("  truth      " + cohort.root().relativize(s.truthVcf()) + ", "
          + cohort.root().relativize(s.confidentBed()));
      if (s.svTruthVcf() != null) {
        err.println("  SV truth   " + cohort.root().relativize(s.svTruthVcf()) + ", "
            + cohort.root().relativize(s.svBenchmarkBed()));
      }
    }
    err.println("  strata     " + cohort.root().relativize(cohort.strataTsv()));
    for (Cohort.UnitCalls u : cohort.units()) {
      err.println("  unit       " + cohort.root().relativize(u.queryVcf()) + "  (" + u.profile().description() + ")");
      if (u.svVcf() != null) {
        err.println("  unit SVs   " + cohort.root().relativize(u.svVcf()) + "  (" + u.profile().svDescription()
            + ")");
      }
    }
    err.println("  described  " + cohort.root().relativize(cohort.cohortJson()));
    err.flush();
  }
}
