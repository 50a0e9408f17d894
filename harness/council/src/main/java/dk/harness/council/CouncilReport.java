package dk.harness.council;

import dk.harness.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the council's report of a run in one format. Each output file appears complete or not at all (written
 * to a temporary file next to it, then renamed). Stateless.
 */
public final class CouncilReport {
  /** The history's name in a results folder, next to the run folders. */
  public static final String HISTORY_FILE = "history.sqlite";

  /** Output formats. */
  public enum Format {
    /** One self-contained HTML page. */
    HTML,
    /** The overview and the reasons, for minutes. */
    MD,
    /** The overview table. */
    CSV,
    /** MultiQC custom-content files, written into a folder. */
    MULTIQC
  }

  /** Age after which a report's temporary file is a leftover of a killed report. */
  static final Duration STALE_PARTIAL = Duration.ofMinutes(10);

  private CouncilReport() {
  }

  /**
   * The history of a run folder when none is named: {@code results/history.sqlite} next to
   * {@code results/<run-id>/}, or null when there is none.
   */
  public static Path defaultHistory(Path runDir) {
    final Path parent = runDir.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return null;
    }
    final Path db = parent.resolve(HISTORY_FILE);
    return Files.isRegularFile(db) ? db : null;
  }

  /**
   * Writes the report.
   *
   * @param runDir the run folder
   * @param history the history database, or null for a report without trends
   * @param format the format
   * @param out the output file; for {@link Format#MULTIQC} a folder (created if missing)
   * @param version the harness version writing it
   * @return the files written
   * @throws InputException on an unusable run folder, history or output path
   */
  public static List<Path> write(Path runDir, Path history, Format format, Path out, String version)
      throws IOException {
    final ReportData d = ReportData.load(runDir, history, version);
    final List<Path> written = new ArrayList<>();
    switch (format) {
      case HTML -> written.add(atomic(out, HtmlReport.write(d, history == null ? "none: trends and changes "
          + "since the previous result are not shown" : history.toString())));
      case MD -> written.add(atomic(out, OverviewText.markdown(d)));
      case CSV -> written.add(atomic(out, OverviewText.csv(d)));
      case MULTIQC -> {
        if (Files.exists(out) && !Files.isDirectory(out)) {
          throw new InputException(out, -1, "--format multiqc writes into a folder, and this is a file",
              "pass a folder for --out, e.g. results/<run-id>/multiqc");
        }
        Files.createDirectories(out);
        for (Map.Entry<String, String> e : MultiqcFiles.files(d).entrySet()) {
          written.add(atomic(out.resolve(e.getKey()), e.getValue()));
        }
      }
      default -> throw new IllegalStateException("unknown format " + format);
    }
    return written;
  }

  /**
   * Removes the temporary files {@code .<name><digits>.partial} that a killed report left beside {@code name}. A
   * live report holds its temporary file for the moment of one write, so only files older than
   * {@link #STALE_PARTIAL} are taken for leftovers; a younger one may be a concurrent report's.
   */
  static void removeStale(Path dir, String name) throws IOException {
    final Pattern leftover = Pattern.compile("\\." + Pattern.quote(name) + "\\d+\\.partial");
    final long before = System.currentTimeMillis() - STALE_PARTIAL.toMillis();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir,
        p -> leftover.matcher(p.getFileName().toString()).matches())) {
      for (Path p : ds) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static Path atomic(Path out, String content) throws IOException {
    final Path abs = out.toAbsolutePath().normalize();
    final Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      throw new InputException(out, -1, "--out is a folder", "pass a file name, e.g. report.html");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException(dir, -1, "cannot create the output folder (" + Text.oneLine(e.getMessage()) + ")",
          "choose a writable --out", e);
    }
    removeStale(dir, abs.getFileName().toString());
    final Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".partial");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return abs;
  }
}
