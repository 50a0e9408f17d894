package dk.harness.catalog;

import dk.harness.catalog.SharedDataSources.Entry;
import dk.harness.catalog.SharedDataSources.Kind;
import dk.harness.catalog.SharedDataSources.Rule;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fetches the public part of the shared test data into a folder: every {@code github} file of
 * {@link SharedDataSources} through {@link VerifiedDownload} (resumable, sha256-checked, moved into place only when
 * verified), and an account of the rest (derived or generated files, which cannot be fetched, grouped by the rule
 * that says how they were made). One failed file does not stop the others; the caller decides what a failure
 * means. Single use.
 */
public final class SharedDataFetch {
  /**
   * What happened.
   *
   * @param fetched files downloaded and verified now
   * @param present files that were already there with the right sha256
   * @param notFetchable derived/generated files by their rule (with the files' presence not checked)
   * @param unknown manifest paths no rule covers
   * @param failures one message per file that could not be fetched or failed verification
   */
  public record Result(int fetched, int present, Map<Rule, List<Entry>> notFetchable, List<Entry> unknown,
      List<String> failures) {
    /** Files a github rule covers that are now in place. */
    public int inPlace() {
      return fetched + present;
    }
  }

  private final SharedDataSources sources;
  private final Downloader downloader;
  private final FetchListener listener;

  public SharedDataFetch(SharedDataSources sources, Downloader downloader, FetchListener listener) {
    this.sources = sources;
    this.downloader = downloader;
    this.listener = listener == null ? FetchListener.NONE : listener;
  }

  /**
   * Fetches into {@code dest}.
   *
   * @param sets data sets (first path components) to fetch; empty for all
   * @param dryRun list what would be fetched without touching the network or {@code dest}
   */
  public Result run(Path dest, Set<String> sets, boolean dryRun) {
    int fetched = 0;
    int present = 0;
    final Map<Rule, List<Entry>> notFetchable = new LinkedHashMap<>();
    final List<Entry> unknown = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final Path root = dest.toAbsolutePath().normalize();
    for (Entry e : sources.entries()) {
      if (!sets.isEmpty() && !sets.contains(e.set())) {
        continue;
      }
      if (e.rule() == null) {
        unknown.add(e);
        continue;
      }
      if (e.rule().kind() != Kind.GITHUB) {
        notFetchable.computeIfAbsent(e.rule(), r -> new ArrayList<>()).add(e);
        continue;
      }
      if (dryRun) {
        listener.starting(e.rule().url(e.path()), root.resolve(e.path()), 0);
        continue;
      }
      try {
        if (VerifiedDownload.ensure(downloader, e.rule().url(e.path()), root.resolve(e.path()), e.bytes(),
            e.sha256(), listener)) {
          fetched++;
        } else {
          present++;
        }
      } catch (CatalogueException | UncheckedIOException ex) {
        failures.add(ex.getMessage());
      }
    }
    return new Result(fetched, present, notFetchable, unknown, failures);
  }
}
