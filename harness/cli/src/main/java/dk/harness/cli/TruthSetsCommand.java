package dk.harness.cli;

import dk.harness.catalog.CatalogueException;
import dk.harness.catalog.Downloader;
import dk.harness.catalog.FetchListener;
import dk.harness.catalog.FileRole;
import dk.harness.catalog.LocalTruthSet;
import dk.harness.catalog.Stratification;
import dk.harness.catalog.TruthSet;
import dk.harness.catalog.TruthSetCache;
import dk.harness.catalog.TruthSetCatalogue;
import dk.harness.catalog.TruthSetFile;
import dk.harness.catalog.VerifyReport;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code harness truth-sets list|fetch|verify}: thin wrappers around {@link TruthSetCatalogue} and
 * {@link TruthSetCache}. Results go to stdout, progress to stderr; problems are {@link CatalogueException}s, which
 * {@link Main} maps to exit code 2.
 */
@Command(
    name = "truth-sets",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "List, download and verify the GIAB truth sets of the catalogue.",
    descriptionHeading = "%n",
    description = {
        "The catalogue (truth-sets/catalogue.yaml; a copy is built into harness) names each truth set with its GIAB "
            + "download URLs and the checksums that could be sourced. See docs/truth-sets.md.", ""},
    subcommands = {TruthSetsCommand.ListCommand.class, TruthSetsCommand.FetchCommand.class,
        TruthSetsCommand.VerifyCommand.class},
    usageHelpWidth = 100)
public final class TruthSetsCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list, fetch or verify");
  }

  /** Options every subcommand shares. */
  static final class CatalogueOptions {
    @Option(names = "--catalogue", paramLabel = "FILE",
        description = "Catalogue to use instead of the one built into harness (e.g. truth-sets/catalogue.yaml of a "
            + "newer checkout).")
    Path catalogue;

    TruthSetCatalogue load() {
      return catalogue == null ? TruthSetCatalogue.bundled() : TruthSetCatalogue.load(catalogue);
    }
  }

  /** The cache option of fetch and verify. */
  static final class CacheOptions {
    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "truth-sets/cache",
        description = "Download cache (default: ${DEFAULT-VALUE}, relative to the current folder).")
    Path cache;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
      description = "List the truth sets of the catalogue: id, sample, build, kind, release and how many of "
          + "their files have a sourced checksum.")
  static final class ListCommand implements Callable<Integer> {
    @CommandLine.Mixin
    CatalogueOptions catalogue = new CatalogueOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      final TruthSetCatalogue c = catalogue.load();
      final PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "# catalogue %s (%s)%n", c.version(), c.source());
      out.printf(Locale.ROOT, "%-32s %-6s %-7s %-18s %-11s %s%n", "ID", "SAMPLE", "BUILD", "KIND", "RELEASE",
          "CHECKSUMS");
      for (TruthSet t : c.truthSets()) {
        final long withSum = t.files().stream().filter(TruthSetFile::hasChecksum).count();
        out.printf(Locale.ROOT, "%-32s %-6s %-7s %-18s %-11s %d/%d files%n", t.id(),
            t.sample() == null ? "-" : t.sample(), t.build().label(), t.kind().label(), t.release(), withSum,
            t.files().size());
      }
      out.flush();
      return Main.EXIT_OK;
    }
  }

  @Command(name = "fetch", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
      description = {"Download a truth set into the cache, verify every file against the catalogue's checksums "
          + "(and, for stratification sets, every BED against the published md5 list), then print where its files "
          + "are (ROLE<TAB>PATH, stratifications as stratification:NAME<TAB>PATH).",
          "Downloads are resumed from the partial .part file after an interruption, and moved into place only once "
              + "verified; a corrupt download is deleted and reported (exit code 2)."})
  static final class FetchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Truth-set id (see 'harness truth-sets list').")
    String id;

    @CommandLine.Mixin
    CatalogueOptions catalogue = new CatalogueOptions();

    @CommandLine.Mixin
    CacheOptions cache = new CacheOptions();

    @Option(names = "--mirror", paramLabel = "URL",
        description = "Fetch GIAB files from this mirror of " + "https://ftp-trace.ncbi.nlm.nih.gov/ReferenceSamples/"
            + "giab/ (same folder layout) instead.")
    String mirror;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      final TruthSet set = catalogue.load().require(id);
      final Downloader downloader = mirror == null ? Downloader.direct()
          : Downloader.mirror(Downloader.defaultClient(), Downloader.GIAB_FTP, mirrorUri());
      final PrintWriter err = spec.commandLine().getErr();
      final LocalTruthSet local = new TruthSetCache(cache.cache).fetch(set, downloader, quiet ? FetchListener.NONE
          : new Progress(err));
      final PrintWriter out = spec.commandLine().getOut();
      for (TruthSetFile f : set.files()) {
        out.println(f.role().label() + "\t" + local.file(f.role()).orElseThrow().toAbsolutePath());
      }
      for (Stratification s : local.stratifications()) {
        out.println(FileRole.STRATIFICATION_BED.label() + ":" + s.name() + "\t" + s.file().toAbsolutePath());
      }
      out.flush();
      return Main.EXIT_OK;
    }

    private URI mirrorUri() {
      return MirrorUrl.parse(mirror, spec);
    }
  }

  /** One stderr line per file event. */
  private record Progress(PrintWriter err) implements FetchListener {
    @Override
    public void starting(URI url, Path target, long resumeFrom) {
      err.println("harness: fetching " + url + (resumeFrom > 0 ? " (resuming at byte " + resumeFrom + ")" : ""));
      err.flush();
    }

    @Override
    public void cached(Path target) {
      err.println("harness: already in the cache: " + target);
      err.flush();
    }

    @Override
    public void done(Path target, long bytes) {
      err.println("harness: stored " + target + " (" + bytes + " bytes)");
      err.flush();
    }

    @Override
    public void unverified(Path target, String sha256) {
      err.println("harness: warning: no published checksum for " + target.getFileName() + "; recorded sha256 "
          + sha256 + " for later 'verify' runs");
      err.flush();
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
      description = {"Re-check a cached truth set: every file is re-read and compared with the size and sha256 "
          + "recorded at download and with the catalogue's checksums. No network access.",
          "Prints STATUS<TAB>PATH[<TAB>DETAIL] per file; exit code 2 when any file is missing or differs."})
  static final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Truth-set id (see 'harness truth-sets list').")
    String id;

    @CommandLine.Mixin
    CatalogueOptions catalogue = new CatalogueOptions();

    @CommandLine.Mixin
    CacheOptions cache = new CacheOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      final TruthSet set = catalogue.load().require(id);
      final TruthSetCache c = new TruthSetCache(cache.cache);
      final VerifyReport report = c.verify(set);
      final PrintWriter out = spec.commandLine().getOut();
      int bad = 0;
      VerifyReport.Check firstBad = null;
      for (VerifyReport.Check k : report.checks()) {
        out.println(k.status() + "\t" + k.file() + (k.detail().isEmpty() ? "" : "\t" + k.detail()));
        if (k.status() != VerifyReport.Status.OK) {
          bad++;
          firstBad = firstBad == null ? k : firstBad;
        }
      }
      out.flush();
      if (firstBad != null) {
        throw new CatalogueException(c.setDir(set), -1, "truth set '" + id + "' failed verification: " + bad + " of "
            + report.checks().size() + " files " + firstBad.status().toString().toLowerCase(Locale.ROOT)
            + " or differing (first: " + firstBad.file().getFileName() + ": " + firstBad.detail() + ")",
            "run 'harness truth-sets fetch " + id + "' to download the bad files again");
      }
      return Main.EXIT_OK;
    }
  }
}
