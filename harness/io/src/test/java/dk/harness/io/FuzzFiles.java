package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

/**
 * Files for the fuzz tests, and the contract every fuzz target asserts: a reader either returns a result or throws
 * an {@link InputException} whose one-line message names one of the files it was given. Any other throwable
 * (NullPointerException, ArrayIndexOutOfBounds, NumberFormatException, StackOverflowError, OutOfMemoryError, ...)
 * escapes the target and is a finding.
 */
final class FuzzFiles {
  private FuzzFiles() {
  }

  /**
   * A folder under target/fuzz-work for one fuzz target, created once and reused by every input (the targets
   * overwrite their files in place: an input is one call, and a fresh folder per call would cost more than the
   * parsing).
   */
  static Path folder(String target) {
    final Path dir = Paths.get("target", "fuzz-work", target).toAbsolutePath();
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code data} to {@code file}, replacing it, and returns the file. */
  static Path write(Path file, byte[] data) {
    try {
      return Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the file's modification time, so an index can be made "not older" than its data file. */
  static void touch(Path file, long millis) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the refusal is the project's one-line message naming one of {@code files}. */
  static void assertNamesFile(InputException e, Path... files) {
    final String msg = e.getMessage();
    assertTrue(msg != null && msg.indexOf('\n') < 0 && msg.indexOf('\r') < 0, "not one line: " + msg);
    assertTrue(e.file() != null && Arrays.asList(files).contains(e.file()),
        "the message names " + e.file() + ", not one of " + Arrays.toString(files) + ": " + msg);
    assertTrue(msg.startsWith(e.file().toString()), "the message does not start with the file: " + msg);
  }
}
