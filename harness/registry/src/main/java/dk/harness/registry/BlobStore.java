package dk.harness.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Immutable files by content: {@code blobs/<first two hex>/<sha256>}, read-only once written. A file is streamed to
 * {@code tmp/} while its sha256 and size are computed (never held in memory), then moved into place in one step;
 * an upload that fails or grows past its limit leaves nothing behind. Thread-safe (temporary names are unique,
 * and two uploads of the same content end in the same blob).
 */
public final class BlobStore {
  private static final int BUFFER = 64 * 1024;
  private final Path root;
  private final Path tmp;

  BlobStore(Path root, Path tmp) throws IOException {
    this.root = root;
    this.tmp = tmp;
    Files.createDirectories(root);
    Files.createDirectories(tmp);
  }

  /** A stored file: its sha256 (lower-case hex), size and place. */
  public record Blob(String sha256, long bytes, Path path) {
  }

  /** Thrown when a stream is longer than its limit; nothing of it is kept. */
  public static final class TooLargeException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    public TooLargeException(long limit) {
      super("the upload is larger than the limit of " + limit + " bytes", "compress the VCF with bgzip, or ask "
          + "the operator to raise the upload limit");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  /** A file streamed to {@code tmp/}, not yet in the store: {@link #commit} or {@link #discard} it. */
  public record Staged(String sha256, long bytes, Path part) {
  }

  /**
   * Streams {@code in} to a temporary file, computing its sha256 and size on the way.
   *
   * @param limit largest size accepted, in bytes
   * @throws TooLargeException past the limit (the partial file is deleted)
   * @throws IOException when reading or writing fails (the partial file is deleted)
   */
  public Staged stage(InputStream in, long limit) throws IOException {
    final Path part = Files.createTempFile(tmp, "upload-", ".part");
    try {
      final MessageDigest md = sha256();
      long n = 0;
      try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        final byte[] buf = new byte[BUFFER];
        int r;
        while ((r = in.read(buf)) >= 0) {
          n += r;
          if (n > limit) {
            throw new TooLargeException(limit);
          }
          md.update(buf, 0, r);
          out.write(buf, 0, r);
        }
      }
      return new Staged(HexFormat.of().formatHex(md.digest()), n, part);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
  }

  /** Moves a staged file into the store, in one step (or drops it when the same content is there already). */
  public Blob commit(Staged s) throws IOException {
    final Path dest = path(s.sha256());
    Files.createDirectories(dest.getParent());
    if (Files.exists(dest)) {
      Files.delete(s.part());
    } else {
      s.part().toFile().setReadOnly();
      try {
        Files.move(s.part(), dest, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        // Another upload of the same bytes won the race: same content, keep theirs.
        Files.deleteIfExists(s.part());
      }
    }
    return new Blob(s.sha256(), s.bytes(), dest);
  }

  /** Deletes a staged file (null is ignored). */
  public void discard(Staged s) {
    if (s != null) {
      try {
        Files.deleteIfExists(s.part());
      } catch (IOException e) {
        // tmp/ is emptied at start-up (Registry.open) as well.
      }
    }
  }

  /** Streams {@code in} into the store: {@link #stage} then {@link #commit}. */
  public Blob store(InputStream in, long limit) throws IOException {
    return commit(stage(in, limit));
  }

  /** The place of a blob (whether or not it exists). */
  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a sha256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /**
   * Makes {@code name} in {@code dir} the blob's content: a hard link (no copy) where the file system allows,
   * else a read-only copy.
   */
  Path linkInto(String sha256, Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    final Path to = dir.resolve(name);
    try {
      Files.createLink(to, path(sha256));
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(path(sha256), to, StandardCopyOption.REPLACE_EXISTING);
      to.toFile().setReadOnly();
    }
    return to;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
