package dk.harness.registry;

import java.util.List;

/**
 * The registry's SQL schema, by version ({@code PRAGMA user_version} holds the version a database is at). A new
 * version appends a list; {@link Registry} applies the missing ones in order, in one transaction each.
 */
final class RegistrySchema {
  private RegistrySchema() {
  }

  /** Version 1. Times are ISO-8601 UTC text, so they sort as text. */
  static final List<String> V1 = List.of(
      "CREATE TABLE units ("
          + " id TEXT PRIMARY KEY,"
          + " name TEXT NOT NULL,"
          + " created_at TEXT NOT NULL)",
      "CREATE TABLE users ("
          + " id INTEGER PRIMARY KEY,"
          + " login TEXT NOT NULL UNIQUE,"
          + " role TEXT NOT NULL CHECK (role IN ('unit', 'council', 'operator')),"
          + " unit_id TEXT REFERENCES units(id),"
          + " password_hash TEXT,"
          + " active INTEGER NOT NULL DEFAULT 1,"
          + " created_at TEXT NOT NULL,"
          + " CHECK ((role = 'unit') = (unit_id IS NOT NULL)))",
      "CREATE TABLE tokens ("
          + " id TEXT PRIMARY KEY,"
          + " user_id INTEGER NOT NULL REFERENCES users(id),"
          + " hash TEXT NOT NULL,"
          + " label TEXT NOT NULL,"
          + " created_at TEXT NOT NULL,"
          + " revoked_at TEXT)",
      "CREATE TABLE rounds ("
          + " id TEXT PRIMARY KEY,"
          + " title TEXT NOT NULL,"
          + " truth_sets TEXT NOT NULL,"
          + " criteria_sha256 TEXT NOT NULL,"
          + " criteria_version TEXT NOT NULL,"
          + " deadline TEXT NOT NULL,"
          + " state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'published')),"
          + " units_may_see INTEGER NOT NULL DEFAULT 0,"
          + " created_at TEXT NOT NULL,"
          + " run_state TEXT NOT NULL DEFAULT 'none' CHECK (run_state IN ('none', 'running', 'done', 'failed')),"
          + " run_id TEXT,"
          + " run_dir TEXT,"
          + " run_message TEXT)",
      "CREATE TABLE submissions ("
          + " id INTEGER PRIMARY KEY,"
          + " round_id TEXT NOT NULL REFERENCES rounds(id),"
          + " unit_id TEXT NOT NULL REFERENCES units(id),"
          + " sample TEXT NOT NULL,"
          + " version INTEGER NOT NULL,"
          + " truth_set_id TEXT NOT NULL,"
          + " vcf_sha256 TEXT NOT NULL,"
          + " vcf_bytes INTEGER NOT NULL,"
          + " vcf_compressed INTEGER NOT NULL,"
          + " index_sha256 TEXT,"
          + " index_kind TEXT CHECK (index_kind IN ('tbi', 'csi')),"
          + " spec_sha256 TEXT NOT NULL,"
          + " vcf_sample TEXT,"
          + " client_file_name TEXT,"
          + " accepted INTEGER NOT NULL,"
          + " intake_json TEXT NOT NULL,"
          + " created_at TEXT NOT NULL,"
          + " created_by INTEGER NOT NULL REFERENCES users(id),"
          + " UNIQUE (round_id, unit_id, sample, version))",
      // Submissions and the audit log are never changed nor deleted: the database itself refuses it.
      "CREATE TRIGGER submissions_immutable BEFORE UPDATE ON submissions"
          + " BEGIN SELECT RAISE(ABORT, 'submissions are immutable'); END",
      "CREATE TRIGGER submissions_kept BEFORE DELETE ON submissions"
          + " BEGIN SELECT RAISE(ABORT, 'submissions are never deleted'); END",
      "CREATE TABLE audit ("
          + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          + " at TEXT NOT NULL,"
          + " actor TEXT NOT NULL,"
          + " action TEXT NOT NULL,"
          + " target TEXT NOT NULL,"
          + " detail TEXT NOT NULL)",
      "CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit"
          + " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
      "CREATE TRIGGER audit_kept BEFORE DELETE ON audit"
          + " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");

  /** Every version's statements; index 0 is version 1. */
  static final List<List<String>> VERSIONS = List.of(V1);
}
