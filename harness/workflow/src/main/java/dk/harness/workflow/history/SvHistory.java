package dk.harness.workflow.history;

import dk.harness.report.Counts;
import dk.harness.workflow.gates.JeffreysInterval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The history's {@code sv_metrics} table: writes a structural-variant comparison's rows, reads them back for the
 * regression rule and for {@code harness history}. Metrics and intervals are stored as for small variants (recall
 * = TP-base of truth calls, precision = TP-comp of query calls, 95% Jeffreys intervals). Stateless.
 */
final class SvHistory {
  private SvHistory() {
  }

  static void insert(Connection db, long comparisonId, List<SvMetricRow> rows) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO sv_metrics (comparison_id, filter, type, size_bin, "
        + "truth_total, tp_base, fn, query_total, tp_comp, fp, recall, recall_lower, recall_upper, precision, "
        + "precision_lower, precision_upper, f1, f1_lower, f1_upper) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SvMetricRow r : rows) {
        ps.setLong(1, comparisonId);
        ps.setString(2, r.filter());
        ps.setString(3, r.type());
        ps.setString(4, r.sizeBin());
        final long[] n = {r.truthTotal(), r.tpBase(), r.fn(), r.queryTotal(), r.tpComp(), r.fp()};
        for (int i = 0; i < n.length; i++) {
          ps.setLong(5 + i, n[i]);
        }
        final JeffreysInterval ri = interval(r.tpBase(), r.truthTotal());
        final JeffreysInterval pi = interval(r.tpComp(), r.queryTotal());
        set(ps, 11, r.recall());
        set(ps, 12, ri == null ? null : ri.lower());
        set(ps, 13, ri == null ? null : ri.upper());
        set(ps, 14, r.precision());
        set(ps, 15, pi == null ? null : pi.lower());
        set(ps, 16, pi == null ? null : pi.upper());
        set(ps, 17, r.f1());
        set(ps, 18, ri == null || pi == null ? null : f1(ri.lower(), pi.lower()));
        set(ps, 19, ri == null || pi == null ? null : f1(ri.upper(), pi.upper()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** A comparison's rows, in stored order. */
  static List<SvMetricRow> rows(Connection db, long comparisonId) throws SQLException {
    final List<SvMetricRow> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT type, size_bin, filter, truth_total, tp_base, fn, "
        + "query_total, tp_comp, fp FROM sv_metrics WHERE comparison_id = ? ORDER BY rowid")) {
      ps.setLong(1, comparisonId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SvMetricRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
              rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
        }
      }
    }
    return out;
  }

  /** {@code harness history} rows of SV comparisons matching the query (subset: only {@code *} matches). */
  static List<HistoryRow> query(Connection db, HistoryQuery q) throws SQLException {
    final List<HistoryRow> out = new ArrayList<>();
    if (q.subset() != null && !q.subset().equals("*")
        || q.kind() != null && !q.kind().equals(ComparisonRecord.STRUCTURAL_VARIANT)) {
      return out;
    }
    final StringBuilder sql = new StringBuilder("SELECT r.run_id, r.started_at, c.unit, c.sample, c.pipeline_name, "
        + "c.pipeline_version, c.truth_set_id, c.truth_set_version, c.verdict, m.type, m.filter, m.size_bin, "
        + "m.truth_total, m.tp_base, m.fn, m.query_total, m.tp_comp, m.fp, m.recall, m.recall_lower, m.recall_upper, "
        + "m.precision, m.precision_lower, m.precision_upper, m.f1, m.f1_lower, m.f1_upper "
        + "FROM sv_metrics m JOIN comparisons c ON c.comparison_id = m.comparison_id "
        + "JOIN runs r ON r.run_id = c.run_id WHERE 1 = 1");
    final List<String> args = new ArrayList<>();
    for (String[] cond : new String[][] {{"c.unit", q.unit()}, {"c.sample", q.sample()},
        {"c.truth_set_id", q.truthSetId()}, {"m.type", q.type()}, {"m.filter", q.filter()}}) {
      if (cond[1] != null) {
        sql.append(" AND ").append(cond[0]).append(" = ?");
        args.add(cond[1]);
      }
    }
    sql.append(" ORDER BY r.started_at, r.run_id, c.unit, c.sample, m.rowid");
    try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          final Counts counts = new Counts(rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16),
              rs.getLong(17), rs.getLong(18), 0, 0, 0);
          out.add(new HistoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
              rs.getString(11), "*", counts, dbl(rs, 19), dbl(rs, 20), dbl(rs, 21), dbl(rs, 22), dbl(rs, 23),
              dbl(rs, 24), dbl(rs, 25), dbl(rs, 26), dbl(rs, 27), ComparisonRecord.STRUCTURAL_VARIANT,
              rs.getString(12)));
        }
      }
    }
    return out;
  }

  private static JeffreysInterval interval(long successes, long trials) {
    return trials == 0 ? null : JeffreysInterval.of(successes, trials, History.CONFIDENCE);
  }

  private static Double f1(double r, double p) {
    return r + p == 0 ? 0.0 : 2 * r * p / (r + p);
  }

  private static void set(PreparedStatement ps, int i, Double d) throws SQLException {
    if (d == null || d.isNaN()) {
      ps.setNull(i, Types.REAL);
    } else {
      ps.setDouble(i, d);
    }
  }

  private static Double dbl(ResultSet rs, int i) throws SQLException {
    final double d = rs.getDouble(i);
    return rs.wasNull() ? null : d;
  }
}
