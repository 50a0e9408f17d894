package dk.harness.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log: every log-in (and refused one), upload, refusal, run, publication and permission
 * change. The database refuses updates and deletes of its rows (triggers), so it can only grow. Secrets are never
 * written to it: callers pass what happened, not what was typed.
 */
public final class AuditLog {
  private final Registry registry;

  AuditLog(Registry registry) {
    this.registry = registry;
  }

  /** Appends one entry now. */
  public void append(String actor, String action, String target, String detail) {
    registry.inTransaction(() -> {
      insert(actor, action, target, detail);
      return null;
    });
  }

  /** Appends inside a transaction the caller holds (so the event and its record commit together). */
  void insert(String actor, String action, String target, String detail) throws SQLException {
    try (PreparedStatement ps = registry.prepare(
        "INSERT INTO audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, registry.now());
      ps.setString(2, actor);
      ps.setString(3, action);
      ps.setString(4, target == null ? "" : target);
      ps.setString(5, detail == null ? "" : detail);
      ps.executeUpdate();
    }
  }

  /** The newest {@code limit} entries, newest first. */
  public List<AuditEntry> latest(int limit) {
    return registry.inTransaction(() -> {
      final List<AuditEntry> out = new ArrayList<>();
      try (PreparedStatement ps = registry.prepare(
          "SELECT id, at, actor, action, target, detail FROM audit ORDER BY id DESC LIMIT ?")) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6)));
          }
        }
      }
      return out;
    });
  }
}
