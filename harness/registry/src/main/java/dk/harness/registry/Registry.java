package dk.harness.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One portal server's registry: the database {@value #DB_FILE} and the stored files under one data folder.
 *
 * <p>Layout of the data folder: {@value #DB_FILE} (everything but file contents; back this one file up, see
 * docs/portal.md), {@code blobs/} (uploaded files by sha256, read-only), {@code submissions/<id>/} (each
 * submission's files under fixed names, hard links into {@code blobs/}), {@code rounds/<id>/} (a round's criteria
 * and plan), {@code results/} (run folders and {@code history.sqlite}), {@code tmp/} (uploads in progress).
 *
 * <p>Thread-safe: database work is serialised on this object; file streaming happens outside that lock.
 */
public final class Registry implements AutoCloseable {
  /** The database file in the data folder. */
  public static final String DB_FILE = "portal.sqlite";

  private final Path dataDir;
  private final Connection db;
  private final Clock clock;
  private final BlobStore blobs;
  private final Accounts accounts;
  private final Rounds rounds;
  private final Submissions submissions;
  private final AuditLog audit;

  private Registry(Path dataDir, Connection db, Clock clock) throws IOException {
    this.dataDir = dataDir;
    this.db = db;
    this.clock = clock;
    this.blobs = new BlobStore(dataDir.resolve("blobs"), dataDir.resolve("tmp"));
    this.audit = new AuditLog(this);
    this.accounts = new Accounts(this);
    this.rounds = new Rounds(this);
    this.submissions = new Submissions(this);
  }

  /**
   * Opens (creating when missing) the registry in {@code dataDir}, bringing its schema up to date.
   *
   * @throws RegistryException when the folder or database cannot be used, or was written by a newer harness
   */
  public static Registry open(Path dataDir, Clock clock) {
    final Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      final Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DB_FILE));
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA busy_timeout = 10000");
      }
      migrate(c, dir);
      return new Registry(dir, c, clock);
    } catch (SQLException e) {
      throw new RegistryException("cannot open the portal database " + dir.resolve(DB_FILE) + " ("
          + e.getMessage() + ")", "check the data folder is writable and the file is a harness portal database");
    } catch (IOException e) {
      throw new RegistryException("cannot use the data folder " + dir + " (" + e + ")",
          "check the folder is writable");
    }
  }

  private static void migrate(Connection c, Path dir) throws SQLException {
    final int at;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      at = rs.next() ? rs.getInt(1) : 0;
    }
    final int latest = RegistrySchema.VERSIONS.size();
    if (at > latest) {
      throw new SQLException("schema version " + at + " is newer than this harness knows (" + latest + ")");
    }
    for (int v = at + 1; v <= latest; v++) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : RegistrySchema.VERSIONS.get(v - 1)) {
          s.execute(sql);
        }
        s.execute("PRAGMA user_version = " + v);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /**
   * Deletes what uploads cut off by a crash or a kill left: partial files in {@code tmp/} and staging folders of
   * submissions that never got their row. Only the server calls this, at start-up, when no upload can be running
   * (a CLI opening the same folder must not).
   *
   * @return how many files and folders were deleted
   */
  public int removeAbandonedUploads() {
    int n = 0;
    try {
      for (Path d : List.of(dataDir.resolve("tmp"), dataDir.resolve("submissions"))) {
        if (!Files.isDirectory(d)) {
          continue;
        }
        try (Stream<Path> s = Files.list(d)) {
          for (Path p : s.toList()) {
            final String name = p.getFileName().toString();
            if (name.endsWith(".part") || name.startsWith(".staging-") || name.startsWith("multipart")) {
              n += deleteTree(p);
            }
          }
        }
      }
    } catch (IOException e) {
      throw ioFailure("cannot clean " + dataDir.resolve("tmp"), e);
    }
    return n;
  }

  private static int deleteTree(Path p) throws IOException {
    int n = 0;
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
        n++;
      }
    }
    return n;
  }

  /** The schema version the database is at. */
  public synchronized int schemaVersion() {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw sqlFailure(e);
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Where runs write their folders and the history database. */
  public Path resultsDir() {
    return dataDir.resolve("results");
  }

  public Accounts accounts() {
    return accounts;
  }

  public Rounds rounds() {
    return rounds;
  }

  public Submissions submissions() {
    return submissions;
  }

  public AuditLog audit() {
    return audit;
  }

  BlobStore blobs() {
    return blobs;
  }

  Connection db() {
    return db;
  }

  /** Now, to the second, as stored. */
  String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  Instant instant() {
    return Instant.now(clock);
  }

  PreparedStatement prepare(String sql) throws SQLException {
    return db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
  }

  /** Runs {@code work} in one transaction on the database lock. */
  synchronized <T> T inTransaction(SqlWork<T> work) {
    try {
      db.setAutoCommit(false);
      try {
        final T t = work.run();
        db.commit();
        return t;
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw sqlFailure(e);
    }
  }

  /** Database work. */
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  static IllegalStateException sqlFailure(SQLException e) {
    return new IllegalStateException("portal database failure: " + e.getMessage(), e);
  }

  static UncheckedIOException ioFailure(String what, IOException e) {
    return new UncheckedIOException(what + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw sqlFailure(e);
    }
  }
}
