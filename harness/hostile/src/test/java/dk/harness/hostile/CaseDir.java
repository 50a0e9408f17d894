package dk.harness.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A case's folder under target/hostile/&lt;case&gt;: {@code in/} holds the damaged inputs (watched: they must not
 * change, and nothing may appear there), {@code out/} is where the harness is told to write.
 */
final class CaseDir {
  /** Placeholder in argument lists for the output folder (the case's or the clean run's). */
  static final String OUT = "@OUT@";

  final Path root;
  final Path in;
  final Path out;

  CaseDir(Path root) {
    this.root = root;
    this.in = root.resolve("in");
    this.out = root.resolve("out");
    try {
      Files.createDirectories(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh case folder (an old one from a previous run is removed first). */
  static CaseDir fresh(String name) {
    final Path root = Fixtures.ROOT.resolve(name);
    Fixtures.deleteTree(root);
    return new CaseDir(root);
  }

  Path in(String name) {
    return in.resolve(name);
  }

  Path lines(String name, List<String> lines) {
    return Bytes.write(in(name), Bytes.text(lines));
  }

  Path text(String name, String text) {
    return Bytes.write(in(name), text.getBytes(StandardCharsets.UTF_8));
  }

  Path bytes(String name, byte[] bytes) {
    return Bytes.write(in(name), bytes);
  }

  /** A symbolic link in in/ to a real shared file (so a damaged companion file can sit next to it). */
  Path link(String name, Path target) {
    try {
      final Path p = in(name);
      Files.createDirectories(p.getParent());
      return Files.createSymbolicLink(p, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir(String name) {
    try {
      return Files.createDirectories(in(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
