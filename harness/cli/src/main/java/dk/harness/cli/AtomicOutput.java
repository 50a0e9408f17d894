package dk.harness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * All-or-nothing output for one prefix: results are written into a private temporary folder next to the prefix
 * (so on the same file system) and moved into place with atomic renames only by {@link #commit()}. {@link #close()}
 * without a commit deletes the folder, so a failed run leaves no partial result files.
 *
 * <p>Not thread-safe; one instance per run.
 */
public final class AtomicOutput implements AutoCloseable {
  private final Path finalDir;
  private final String name;
  private final Path tempDir;
  /** The highest folder this run created for the prefix, or null; removed again if the run fails. */
  private final Path createdRoot;
  private boolean committed;

  private AtomicOutput(Path finalDir, String name, Path tempDir, Path createdRoot) {
    this.finalDir = finalDir;
    this.name = name;
    this.tempDir = tempDir;
    this.createdRoot = createdRoot;
  }

  /**
   * Creates the prefix's folder if missing and a fresh temporary folder inside it.
   *
   * @param prefix output prefix such as {@code out/HG002_unitA}
   */
  public static AtomicOutput create(Path prefix) throws IOException {
    final Path abs = prefix.toAbsolutePath().normalize();
    final Path dir = abs.getParent();
    Path createdRoot = null;
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      createdRoot = p;
    }
    Files.createDirectories(dir);
    final String name = abs.getFileName().toString();
    // Hidden and clearly named, so an interrupted run's leftovers are recognisable.
    final Path tmp = Files.createTempDirectory(dir, "." + name + ".harness-tmp-");
    return new AtomicOutput(dir, name, tmp, createdRoot);
  }

  /** The prefix to hand to writers: same file name as the final prefix, inside the temporary folder. */
  public Path tempPrefix() {
    return tempDir.resolve(name);
  }

  /** The final prefix (absolute). */
  public Path finalPrefix() {
    return finalDir.resolve(name);
  }

  /** Files currently written, by file name, sorted. */
  public List<Path> pendingFiles() throws IOException {
    final List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(tempDir)) {
      for (Path p : ds) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    files.sort(null);
    return files;
  }

  /**
   * Moves every written file to the final folder (replacing files of the same name) and removes the temporary
   * folder. The metrics JSON, which records that a run completed, is moved last.
   *
   * @return the final paths, in the order moved
   */
  public List<Path> commit() throws IOException {
    final List<Path> files = pendingFiles();
    files.sort((a, b) -> {
      final boolean am = a.getFileName().toString().endsWith(".metrics.json");
      final boolean bm = b.getFileName().toString().endsWith(".metrics.json");
      return am != bm ? Boolean.compare(am, bm) : a.compareTo(b);
    });
    final List<Path> moved = new ArrayList<>();
    for (Path f : files) {
      final Path dest = finalDir.resolve(f.getFileName().toString());
      try {
        Files.move(f, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Same folder, so this is only reached on exotic file systems; still better than failing at the end.
        Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING);
      }
      moved.add(dest);
    }
    committed = true;
    deleteTree(tempDir);
    return moved;
  }

  /**
   * Deletes the temporary folder and anything left in it and, without a commit, the folders {@link #create}
   * made (if still empty). Safe to call after {@link #commit()}.
   */
  @Override
  public void close() {
    try {
      deleteTree(tempDir);
      if (!committed && createdRoot != null) {
        for (Path p = finalDir; p != null && p.startsWith(createdRoot); p = p.getParent()) {
          try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            if (ds.iterator().hasNext()) {
              break;
            }
          }
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      if (!committed) {
        throw new UncheckedIOException("could not remove temporary output folder " + tempDir, e);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
