package dk.harness.cli;

import dk.harness.catalog.CatalogueException;
import dk.harness.catalog.Downloader;
import dk.harness.catalog.FetchListener;
import dk.harness.catalog.SharedDataFetch;
import dk.harness.catalog.SharedDataSources;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code harness test-data fetch}: a thin wrapper around {@link SharedDataFetch} for developers who cloned the
 * repository without the shared test data beside it. Summary on stdout, progress on stderr; exit code 2 when any
 * public file could not be fetched or failed its sha256 check.
 */
@Command(
    name = "test-data",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Fetch the project's shared test data (../shared/data) from its public origins (for developers).",
    descriptionHeading = "%n",
    description = {"The tests read real data from ../shared/data beside the repository root. This fetches the files "
        + "that come from public repositories, at the commits in test-data/sources.tsv, and checks each against the "
        + "sha256 in test-data/MANIFEST.tsv. Files made here (derived or generated) cannot be fetched: they are "
        + "listed with how they were made. See docs/reliability.md, \"Build hygiene and a bare checkout\".", ""},
    subcommands = {TestDataCommand.FetchCommand.class},
    usageHelpWidth = 100)
public final class TestDataCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: fetch");
  }

  @Command(name = "fetch", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
      description = {"Download every public file of the shared test data into --dest, verify its sha256, and move "
          + "it into place only when it matches. Files already there with the right sha256 are kept; an interrupted "
          + "download resumes from its .part file on the next run.",
          "Prints what was fetched and, per rule of the source list, the files that were made here and how."})
  static final class FetchCommand implements Callable<Integer> {
    @Option(names = "--dest", paramLabel = "DIR", required = true,
        description = "Where the data goes, normally ../shared/data beside the repository root.")
    Path dest;

    @Option(names = "--sources", paramLabel = "FILE", defaultValue = "test-data/sources.tsv",
        description = "Source list: where each set comes from (default: ${DEFAULT-VALUE}, run from the "
            + "repository root).")
    Path sources;

    @Option(names = "--manifest", paramLabel = "FILE", defaultValue = "test-data/MANIFEST.tsv",
        description = "Files with their sizes and sha256 (default: ${DEFAULT-VALUE}; the data folder's own "
            + "MANIFEST.tsv works too).")
    Path manifest;

    @Option(names = "--set", paramLabel = "NAME",
        description = "Only this data set (a top-level folder such as na12878-hg19-chr20-10mb); repeatable.")
    List<String> sets = List.of();

    @Option(names = "--mirror", paramLabel = "URL",
        description = "Fetch from this mirror of https://raw.githubusercontent.com/ (same layout) instead.")
    String mirror;

    @Option(names = "--dry-run", description = "Only list what would be fetched; no network access, nothing written.")
    boolean dryRun;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      final SharedDataSources s = SharedDataSources.read(sources, manifest);
      final Downloader downloader = mirror == null ? Downloader.direct()
          : Downloader.mirror(Downloader.defaultClient(), SharedDataSources.GITHUB_RAW, mirrorUri());
      final PrintWriter out = spec.commandLine().getOut();
      final PrintWriter err = spec.commandLine().getErr();
      final SharedDataFetch.Result r = new SharedDataFetch(s, downloader, quiet && !dryRun ? FetchListener.NONE
          : new Progress(err, dryRun)).run(dest, new LinkedHashSet<>(sets), dryRun);
      if (!dryRun) {
        out.printf(Locale.ROOT, "fetched %d, already present %d, failed %d public files into %s%n", r.fetched(),
            r.present(), r.failures().size(), dest.toAbsolutePath().normalize());
      }
      final int made = r.notFetchable().values().stream().mapToInt(List::size).sum();
      if (made > 0) {
        out.printf(Locale.ROOT, "not fetched: %d files made here, not published anywhere (copy them from a "
            + "complete ../shared/data, or remake them as described):%n", made);
        // Rules that say the same (one per vcf-dialects case) are one line: kind, how, count, an example.
        final Map<String, List<SharedDataSources.Entry>> byHow = new LinkedHashMap<>();
        for (Map.Entry<SharedDataSources.Rule, List<SharedDataSources.Entry>> e : r.notFetchable().entrySet()) {
          byHow.computeIfAbsent(e.getKey().kind().name().toLowerCase(Locale.ROOT) + "\t" + e.getKey().how(),
              k -> new ArrayList<>()).addAll(e.getValue());
        }
        for (Map.Entry<String, List<SharedDataSources.Entry>> e : byHow.entrySet()) {
          final String[] kindHow = e.getKey().split("\t", 2);
          out.printf(Locale.ROOT, "  %s, %d file%s (e.g. %s): %s%n", kindHow[0], e.getValue().size(),
              e.getValue().size() == 1 ? "" : "s", e.getValue().get(0).path(), kindHow[1]);
        }
      }
      if (!r.unknown().isEmpty()) {
        out.printf(Locale.ROOT, "no source known for %d files (add a rule to %s), e.g. %s%n", r.unknown().size(),
            sources, r.unknown().get(0).path());
      }
      out.flush();
      for (String f : r.failures()) {
        err.println("harness: failed: " + f);
      }
      err.flush();
      if (!r.failures().isEmpty()) {
        throw new CatalogueException(dest, -1, r.failures().size() + " public files could not be fetched or failed "
            + "their sha256 check (listed above); verified files are in place", "run the same command again to "
            + "resume; a file that fails its check again means the origin changed: report it");
      }
      return Main.EXIT_OK;
    }

    private URI mirrorUri() {
      return MirrorUrl.parse(mirror, spec);
    }
  }

  /** One stderr line per file event. */
  private record Progress(PrintWriter err, boolean dryRun) implements FetchListener {
    @Override
    public void starting(URI url, Path target, long resumeFrom) {
      err.println(dryRun ? "harness: would fetch " + url + " to " + target : "harness: fetching " + url
          + (resumeFrom > 0 ? " (resuming at byte " + resumeFrom + ")" : ""));
      err.flush();
    }

    @Override
    public void cached(Path target) {
      err.println("harness: already present and verified: " + target);
      err.flush();
    }

    @Override
    public void done(Path target, long bytes) {
      err.println("harness: stored " + target + " (" + bytes + " bytes, sha256 verified)");
      err.flush();
    }
  }
}
