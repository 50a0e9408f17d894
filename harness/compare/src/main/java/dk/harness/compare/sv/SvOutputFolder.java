package dk.harness.compare.sv;

import dk.harness.io.InputException;
import dk.harness.compare.AtomicOutput;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * All-or-nothing result folder: files are written into a hidden temporary folder beside the target and the whole
 * folder is renamed into place by {@link #commit()}; {@link #close()} without a commit removes it. The target must
 * not exist or be empty (as with {@code truvari bench -o}), so an earlier result is never mixed with a new one.
 */
final class SvOutputFolder implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private boolean committed;

  private SvOutputFolder(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /** @throws InputException when the target exists and is not an empty folder */
  static SvOutputFolder create(Path target) throws IOException {
    final Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs)) {
      if (!Files.isDirectory(abs) || !isEmpty(abs)) {
        throw new InputException(abs, -1, "the output folder exists and is not empty",
            "give a new folder name, or remove this one");
      }
    }
    final Path parent = abs.getParent();
    Files.createDirectories(parent);
    final Path temp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".harness-tmp-");
    return new SvOutputFolder(abs, temp);
  }

  /** Where to write, until {@link #commit()}. */
  Path dir() {
    return temp;
  }

  Path target() {
    return target;
  }

  void commit() throws IOException {
    if (Files.isDirectory(target)) {
      Files.delete(target);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed && Files.exists(temp)) {
      AtomicOutput.deleteTree(temp);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      return !ds.iterator().hasNext();
    }
  }
}
