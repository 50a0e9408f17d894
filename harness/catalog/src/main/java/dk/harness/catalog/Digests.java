package dk.harness.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Size, md5 and sha256 of a file, computed in one pass. Immutable.
 *
 * @param size bytes
 * @param md5 32 lower-case hex digits
 * @param sha256 64 lower-case hex digits
 */
record Digests(long size, String md5, String sha256) {

  /** Reads every byte of {@code file}. @throws UncheckedIOException on I/O failure */
  static Digests of(Path file) {
    final MessageDigest md5 = digest("MD5");
    final MessageDigest sha = digest("SHA-256");
    long size = 0;
    final byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md5.update(buf, 0, n);
        sha.update(buf, 0, n);
        size += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new Digests(size, HexFormat.of().formatHex(md5.digest()), HexFormat.of().formatHex(sha.digest()));
  }

  /** sha256 of a byte array, lower-case hex. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest("SHA-256").digest(bytes));
  }

  private static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + name, e);
    }
  }

  /**
   * Compares against expectations; null expectations are not checked.
   *
   * @return null if everything given matches, else a one-line description of the first difference
   */
  String mismatch(Long expectedSize, String expectedMd5, String expectedSha256) {
    if (expectedSize != null && expectedSize != size) {
      return "size " + expectedSize + " bytes expected, " + size + " found";
    }
    if (expectedMd5 != null && !expectedMd5.equals(md5)) {
      return "md5 " + expectedMd5 + " expected, " + md5 + " found";
    }
    if (expectedSha256 != null && !expectedSha256.equals(sha256)) {
      return "sha256 " + expectedSha256 + " expected, " + sha256 + " found";
    }
    return null;
  }
}
