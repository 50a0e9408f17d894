package dk.harness.workflow.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.io.Faults;
import dk.harness.io.InputException;
import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.CellKey;
import dk.harness.workflow.gates.JeffreysInterval;
import dk.harness.workflow.gates.ResultCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The results history: an embedded SQLite database ({@code results/history.sqlite}) with every comparison's
 * counts and metrics per type, filter and subset, keyed by run, unit, pipeline version, sample and truth-set
 * version.
 *
 * <p>Durability and concurrency: journal mode DELETE (WAL needs shared memory, which network file systems do not
 * provide), normal locking, {@code synchronous=FULL}. One writer at a time, enforced by {@link WriteLock} on
 * {@code history.sqlite.lock}; all rows of a run are written in ONE transaction, so a run is either wholly in the
 * history or not at all, also when the process is killed while writing. Readers need no lock.
 *
 * <p>Schema (version {@value #SCHEMA_VERSION}, in {@code PRAGMA user_version}): tables {@code runs},
 * {@code comparisons} (one per submission part: {@code kind} small-variant or structural-variant), {@code metrics},
 * {@code site_metrics}, {@code representation_gap}, {@code sv_metrics}; see docs/workflow.md. An older history is
 * migrated in place when opened for writing; a database with a newer schema is refused.
 *
 * <p>Not thread-safe: one instance per thread (each opens its own connection).
 */
public final class History implements AutoCloseable {
  /** Current schema version. */
  public static final int SCHEMA_VERSION = 3;
  /** Confidence of the stored intervals. */
  public static final double CONFIDENCE = 0.95;

  private static final Duration LOCK_WAIT = Duration.ofMinutes(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Connection db;

  private History(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** The lock file of a database: {@code <db>.lock}. */
  public static Path lockFile(Path db) {
    return db.resolveSibling(db.getFileName() + ".lock");
  }

  /**
   * Opens (creating it and its schema if missing) a history for writing and reading.
   *
   * @throws InputException if the file is not a harness history or has a newer schema
   * @throws IOException if it cannot be created
   */
  public static History open(Path db) throws IOException {
    Files.createDirectories(db.toAbsolutePath().getParent());
    final History h = new History(db, connect(db, false));
    try {
      try (WriteLock lock = WriteLock.acquire(lockFile(db), LOCK_WAIT)) {
        h.migrate();
      }
      return h;
    } catch (IOException | RuntimeException e) {
      h.close();
      throw e;
    }
  }

  /**
   * Opens an existing history read-only.
   *
   * @throws InputException if it does not exist, is not a harness history or has a newer schema
   */
  public static History openReadOnly(Path db) {
    if (!Files.isRegularFile(db)) {
      throw new InputException(db, -1, "no history database here", "run 'harness run' (or 'harness demo') first, "
          + "or point --db at results/history.sqlite");
    }
    final History h = new History(db, connect(db, true));
    try {
      final int v = h.userVersion();
      if (v == 0 || v > SCHEMA_VERSION) {
        throw new InputException(db, -1, v == 0 ? "not a harness history database (no schema)"
            : "history schema version " + v + " is newer than this harness reads (" + SCHEMA_VERSION + ")",
            v == 0 ? "point --db at results/history.sqlite" : "use a newer harness");
      }
      return h;
    } catch (RuntimeException e) {
      h.close();
      throw e;
    }
  }

  private static Connection connect(Path db, boolean readOnly) {
    // sqlite-jdbc applies these pragmas on every new connection.
    final SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
    config.setLockingMode(SQLiteConfig.LockingMode.NORMAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    config.setReadOnly(readOnly);
    try {
      return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath(), config.toProperties());
    } catch (SQLException e) {
      throw new InputException(db, -1, "cannot open the history database (" + e.getMessage() + ")",
          "check the path and its permissions", e);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  private int userVersion() {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw new InputException(file, -1, "not an SQLite database (" + e.getMessage() + ")",
          "point --db at results/history.sqlite", e);
    }
  }

  private void migrate() {
    final int v = userVersion();
    if (v == SCHEMA_VERSION) {
      return;
    }
    if (v > SCHEMA_VERSION) {
      throw new InputException(file, -1, "history schema version " + v + " is newer than this harness writes ("
          + SCHEMA_VERSION + ")", "use a newer harness, or another results_dir");
    }
    try {
      if (v == 0 && !tables().isEmpty()) {
        throw new InputException(file, -1, "the file is an SQLite database but not a harness history",
            "use another results_dir, or move the file away");
      }
      try (Statement st = db.createStatement()) {
        // Version 3 rebuilds the comparisons table that the others reference; foreign keys can only be switched
        // off outside a transaction, and are checked once the rebuild is committed.
        st.execute("PRAGMA foreign_keys = OFF");
      }
      db.setAutoCommit(false);
      try (Statement st = db.createStatement()) {
        // An older history is brought up to date in place, version by version, in one transaction.
        final List<String> steps = new ArrayList<>();
        if (v < 1) {
          steps.addAll(Schema.V1);
        }
        if (v < 2) {
          steps.addAll(Schema.V2);
        }
        steps.addAll(Schema.V3);
        for (String sql : steps) {
          st.executeUpdate(sql);
        }
        try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
          if (rs.next()) {
            throw new SQLException("foreign key check failed after the schema update (table " + rs.getString(1)
                + ")");
          }
        }
        st.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
      }
      db.commit();
    } catch (SQLException e) {
      rollback();
      throw failed("cannot create the history schema", e);
    } finally {
      autoCommit();
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA foreign_keys = ON");
      } catch (SQLException ignored) {
        // Only reached when the connection is broken; the next statement reports it.
      }
    }
  }

  /** A damaged, full or read-only database is the user's to fix (exit 2); anything else is a bug. */
  private RuntimeException failed(String what, SQLException e) {
    final InputException fault = Faults.sqlite(e, file);
    return fault != null ? fault : new IllegalStateException(what + " (" + file + "): " + e.getMessage(), e);
  }

  private Set<String> tables() throws SQLException {
    final Set<String> out = new LinkedHashSet<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** Whether a run with this id is recorded. */
  public boolean contains(String runId) {
    try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM runs WHERE run_id = ?")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failed("history query failed", e);
    }
  }

  /** Recorded run ids, oldest first. */
  public List<String> runIds() {
    final List<String> out = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT run_id FROM runs ORDER BY started_at, run_id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw failed("history query failed", e);
    }
    return out;
  }

  /**
   * Records a run: every row in one transaction under the write lock. Recording a run id twice is refused.
   *
   * @throws IOException if the lock cannot be taken
   * @throws IllegalStateException if the run is already recorded or the database fails
   */
  public void record(RunRecord run) throws IOException {
    try (WriteLock lock = WriteLock.acquire(lockFile(file), LOCK_WAIT)) {
      if (contains(run.runId())) {
        throw new IllegalStateException("run " + run.runId() + " is already in the history " + file);
      }
      db.setAutoCommit(false);
      insert(run);
      db.commit();
    } catch (SQLException e) {
      rollback();
      throw failed("cannot write run " + run.runId() + " to the history", e);
    } finally {
      autoCommit();
    }
  }

  private void insert(RunRecord run) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO runs (run_id, started_at, finished_at, "
        + "harness_version, plan_sha256, criteria_version, host, exit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, run.runId());
      ps.setString(2, run.startedAt());
      ps.setString(3, run.finishedAt());
      ps.setString(4, run.harnessVersion());
      ps.setString(5, run.planSha256());
      ps.setString(6, run.criteriaVersion());
      ps.setString(7, run.host());
      ps.setInt(8, run.exitCode());
      ps.executeUpdate();
    }
    try (PreparedStatement pc = db.prepareStatement("INSERT INTO comparisons (run_id, unit, sample, pipeline_name, "
        + "pipeline_version, truth_set_id, truth_set_version, query_sha256, verdict, reasons, kind) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
        PreparedStatement pm = db.prepareStatement("INSERT INTO metrics (comparison_id, filter, type, subset, "
            + "truth_total, truth_tp, truth_fn, query_total, query_tp, query_fp, query_unk, fp_gt, fp_al, "
            + "recall, recall_lower, recall_upper, precision, precision_lower, precision_upper, f1, f1_lower, "
            + "f1_upper) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ComparisonRecord c : run.comparisons()) {
        pc.setString(1, run.runId());
        pc.setString(2, c.unit());
        pc.setString(3, c.sample());
        pc.setString(4, c.pipelineName());
        pc.setString(5, c.pipelineVersion());
        pc.setString(6, c.truthSetId());
        pc.setString(7, c.truthSetVersion());
        pc.setString(8, c.querySha256());
        pc.setString(9, c.verdict());
        pc.setString(10, toJson(c.reasons()));
        pc.setString(11, c.kind());
        pc.executeUpdate();
        final long id;
        try (ResultSet keys = pc.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        for (MetricRow r : c.rows()) {
          final Counts k = r.counts();
          pm.setLong(1, id);
          pm.setString(2, r.cell().filter().name());
          pm.setString(3, r.cell().type().name());
          pm.setString(4, r.cell().subset());
          final long[] n = {k.truthTotal(), k.truthTp(), k.truthFn(), k.queryTotal(), k.queryTp(), k.queryFp(),
              k.queryUnk(), k.fpGt(), k.fpAl()};
          for (int i = 0; i < n.length; i++) {
            pm.setLong(5 + i, n[i]);
          }
          final JeffreysInterval ri = interval(k.truthTp(), k.truthTp() + k.truthFn());
          final JeffreysInterval pi = interval(k.queryTp(), k.queryTp() + k.queryFp());
          setDouble(pm, 14, k.recall());
          setDouble(pm, 15, ri == null ? null : ri.lower());
          setDouble(pm, 16, ri == null ? null : ri.upper());
          setDouble(pm, 17, k.precision());
          setDouble(pm, 18, pi == null ? null : pi.lower());
          setDouble(pm, 19, pi == null ? null : pi.upper());
          setDouble(pm, 20, k.f1());
          // F1 is increasing in recall and precision: its value at the two lower (upper) ends bounds it.
          setDouble(pm, 21, ri == null || pi == null ? null : f1(ri.lower(), pi.lower()));
          setDouble(pm, 22, ri == null || pi == null ? null : f1(ri.upper(), pi.upper()));
          pm.addBatch();
        }
        pm.executeBatch();
        insertSiteLevel(id, c);
        SvHistory.insert(db, id, c.svRows());
      }
    }
  }

  private void insertSiteLevel(long id, ComparisonRecord c) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO site_metrics (comparison_id, filter, type, "
        + "truth_total, truth_tp, truth_fn, query_total, query_tp, query_fp, query_unk) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement pg = db.prepareStatement("INSERT INTO representation_gap (comparison_id, filter, kind, "
            + "truth_fn, query_fp) VALUES (?, ?, ?, ?, ?)")) {
      for (SiteLevelRow r : c.siteLevel()) {
        ps.setLong(1, id);
        ps.setString(2, r.filter());
        ps.setString(3, r.type());
        final long[] n = {r.truthTotal(), r.truthTp(), r.truthFn(), r.queryTotal(), r.queryTp(), r.queryFp(),
            r.queryUnk()};
        for (int i = 0; i < n.length; i++) {
          ps.setLong(4 + i, n[i]);
        }
        ps.addBatch();
      }
      ps.executeBatch();
      for (RepresentationGapRow g : c.representationGap()) {
        pg.setLong(1, id);
        pg.setString(2, g.filter());
        pg.setString(3, g.kind());
        pg.setLong(4, g.truthFn());
        pg.setLong(5, g.queryFp());
        pg.addBatch();
      }
      pg.executeBatch();
    }
  }

  private static JeffreysInterval interval(long successes, long trials) {
    return trials == 0 ? null : JeffreysInterval.of(successes, trials, CONFIDENCE);
  }

  private static Double f1(double r, double p) {
    return r + p == 0 ? 0.0 : 2 * r * p / (r + p);
  }

  private static void setDouble(PreparedStatement ps, int i, Double d) throws SQLException {
    if (d == null || d.isNaN()) {
      ps.setNull(i, Types.REAL);
    } else {
      ps.setDouble(i, d);
    }
  }

  /**
   * The latest earlier result of a unit for a sample and truth set (any pipeline version), skipping comparisons
   * that ended in ERROR (they have no counts).
   *
   * @param beforeRunId when recorded, only runs started before it count; when not (a run in progress), every
   *     recorded run counts
   * @return empty for a first submission
   */
  public Optional<PreviousResult> previous(String unit, String sample, String truthSetId, String beforeRunId) {
    return previous(unit, sample, truthSetId, beforeRunId, ComparisonRecord.SMALL_VARIANT);
  }

  /**
   * As {@link #previous(String, String, String, String)}, for comparisons of one kind: a structural-variant result
   * comes with its {@link PreviousResult#svRows()} (and empty small-variant counts).
   *
   * @param kind {@code small-variant} or {@code structural-variant}
   */
  public Optional<PreviousResult> previous(String unit, String sample, String truthSetId, String beforeRunId,
      String kind) {
    final String sql = "SELECT c.comparison_id, r.run_id, r.started_at, c.pipeline_version, c.verdict "
        + "FROM comparisons c JOIN runs r ON r.run_id = c.run_id "
        + "WHERE c.unit = ? AND c.sample = ? AND c.truth_set_id = ? AND c.verdict <> 'ERROR' AND r.run_id <> ? "
        + "AND c.kind = ? "
        + "AND r.started_at <= COALESCE((SELECT started_at FROM runs WHERE run_id = ?), r.started_at) "
        + "ORDER BY r.started_at DESC, r.run_id DESC LIMIT 1";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, unit);
      ps.setString(2, sample);
      ps.setString(3, truthSetId);
      ps.setString(4, beforeRunId);
      ps.setString(5, kind);
      ps.setString(6, beforeRunId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        final boolean sv = ComparisonRecord.STRUCTURAL_VARIANT.equals(kind);
        return Optional.of(new PreviousResult(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            sv ? new ResultCounts(Map.of()) : counts(rs.getLong(1)),
            sv ? SvHistory.rows(db, rs.getLong(1)) : List.of()));
      }
    } catch (SQLException e) {
      throw failed("history query failed", e);
    }
  }

  private ResultCounts counts(long comparisonId) throws SQLException {
    final Map<CellKey, Counts> cells = new HashMap<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT type, filter, subset, truth_total, truth_tp, truth_fn, "
        + "query_total, query_tp, query_fp, query_unk, fp_gt, fp_al FROM metrics WHERE comparison_id = ?")) {
      ps.setLong(1, comparisonId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          cells.put(new CellKey(VariantType.valueOf(rs.getString(1)), FilterKind.valueOf(rs.getString(2)),
              rs.getString(3)), countsAt(rs, 4));
        }
      }
    }
    return new ResultCounts(cells);
  }

  private static Counts countsAt(ResultSet rs, int first) throws SQLException {
    final long[] n = new long[9];
    for (int i = 0; i < 9; i++) {
      n[i] = rs.getLong(first + i);
    }
    return new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
  }

  /**
   * Rows matching the query, oldest run first, then unit, sample, kind (small-variant first), then for small
   * variants type, filter and subset ({@code *} first), for structural variants type and size bin as metrics.json
   * lists them.
   */
  public List<HistoryRow> query(HistoryQuery q) {
    final List<HistoryRow> out = new ArrayList<>();
    if (q.kind() == null || q.kind().equals(ComparisonRecord.SMALL_VARIANT)) {
      out.addAll(smallRows(q));
    }
    try {
      out.addAll(SvHistory.query(db, q));
    } catch (SQLException e) {
      throw failed("history query failed", e);
    }
    // Stable: each kind keeps its own order within a comparison.
    out.sort(java.util.Comparator.comparing(HistoryRow::startedAt).thenComparing(HistoryRow::runId)
        .thenComparing(HistoryRow::unit).thenComparing(HistoryRow::sample)
        .thenComparing(r -> ComparisonRecord.STRUCTURAL_VARIANT.equals(r.kind())));
    return out;
  }

  private List<HistoryRow> smallRows(HistoryQuery q) {
    final StringBuilder sql = new StringBuilder("SELECT r.run_id, r.started_at, c.unit, c.sample, c.pipeline_name, "
        + "c.pipeline_version, c.truth_set_id, c.truth_set_version, c.verdict, m.type, m.filter, m.subset, "
        + "m.truth_total, m.truth_tp, m.truth_fn, m.query_total, m.query_tp, m.query_fp, m.query_unk, m.fp_gt, "
        + "m.fp_al, m.recall, m.recall_lower, m.recall_upper, m.precision, m.precision_lower, m.precision_upper, "
        + "m.f1, m.f1_lower, m.f1_upper "
        + "FROM metrics m JOIN comparisons c ON c.comparison_id = m.comparison_id "
        + "JOIN runs r ON r.run_id = c.run_id WHERE c.kind = 'small-variant'");
    final List<String> args = new ArrayList<>();
    condition(sql, args, "c.unit", q.unit());
    condition(sql, args, "c.sample", q.sample());
    condition(sql, args, "c.truth_set_id", q.truthSetId());
    condition(sql, args, "m.type", q.type());
    condition(sql, args, "m.filter", q.filter());
    condition(sql, args, "m.subset", q.subset());
    sql.append(" ORDER BY r.started_at, r.run_id, c.unit, c.sample, m.type, m.filter, m.subset <> '*', m.subset");
    final List<HistoryRow> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new HistoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
              rs.getString(11), rs.getString(12), countsAt(rs, 13), dbl(rs, 22), dbl(rs, 23), dbl(rs, 24),
              dbl(rs, 25), dbl(rs, 26), dbl(rs, 27), dbl(rs, 28), dbl(rs, 29), dbl(rs, 30),
              ComparisonRecord.SMALL_VARIANT, null));
        }
      }
    } catch (SQLException e) {
      throw failed("history query failed", e);
    }
    return out;
  }

  /**
   * Comparisons that have no metric rows (verdict ERROR), oldest first: run id, start, unit, sample, truth set,
   * reasons (JSON) and kind, so
   * {@code harness history} can show that a unit's submission was refused.
   */
  public List<String[]> errors(HistoryQuery q) {
    final StringBuilder sql = new StringBuilder("SELECT r.run_id, r.started_at, c.unit, c.sample, c.truth_set_id, "
        + "c.reasons, c.kind FROM comparisons c JOIN runs r ON r.run_id = c.run_id WHERE c.verdict = 'ERROR'");
    final List<String> args = new ArrayList<>();
    condition(sql, args, "c.kind", q.kind());
    condition(sql, args, "c.unit", q.unit());
    condition(sql, args, "c.sample", q.sample());
    condition(sql, args, "c.truth_set_id", q.truthSetId());
    sql.append(" ORDER BY r.started_at, r.run_id, c.unit, c.sample");
    final List<String[]> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7)});
        }
      }
    } catch (SQLException e) {
      throw failed("history query failed", e);
    }
    return out;
  }

  private static void condition(StringBuilder sql, List<String> args, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }

  private static Double dbl(ResultSet rs, int i) throws SQLException {
    final double d = rs.getDouble(i);
    return rs.wasNull() ? null : d;
  }

  private static String toJson(List<String> reasons) {
    try {
      return JSON.writeValueAsString(reasons);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // The transaction is void anyway; SQLite rolls back on close.
    }
  }

  private void autoCommit() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException ignored) {
      // Only reached when the connection is broken; the next statement reports it.
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException ignored) {
      // Closing a read connection cannot lose data; a write transaction was committed or rolled back before.
    }
  }
}
