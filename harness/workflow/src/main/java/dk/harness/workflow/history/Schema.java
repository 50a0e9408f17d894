package dk.harness.workflow.history;

import java.util.List;

/** The history's SQL schema, by version. */
final class Schema {
  private Schema() {
  }

  /** Version 1. Times are ISO-8601 UTC text, so they sort as text. */
  static final List<String> V1 = List.of(
      "CREATE TABLE runs ("
          + " run_id TEXT PRIMARY KEY,"
          + " started_at TEXT NOT NULL,"
          + " finished_at TEXT,"
          + " harness_version TEXT,"
          + " plan_sha256 TEXT,"
          + " criteria_version TEXT,"
          + " host TEXT,"
          + " exit_code INTEGER NOT NULL)",
      "CREATE TABLE comparisons ("
          + " comparison_id INTEGER PRIMARY KEY,"
          + " run_id TEXT NOT NULL REFERENCES runs(run_id),"
          + " unit TEXT NOT NULL,"
          + " sample TEXT NOT NULL,"
          + " pipeline_name TEXT,"
          + " pipeline_version TEXT,"
          + " truth_set_id TEXT NOT NULL,"
          + " truth_set_version TEXT,"
          + " query_sha256 TEXT,"
          + " verdict TEXT NOT NULL CHECK (verdict IN ('PASS', 'WARN', 'FAIL', 'ERROR')),"
          + " reasons TEXT NOT NULL,"
          + " UNIQUE (run_id, unit, sample))",
      "CREATE INDEX comparisons_by_unit ON comparisons (unit, sample, truth_set_id)",
      "CREATE TABLE metrics ("
          + " comparison_id INTEGER NOT NULL REFERENCES comparisons(comparison_id),"
          + " filter TEXT NOT NULL CHECK (filter IN ('ALL', 'PASS')),"
          + " type TEXT NOT NULL CHECK (type IN ('SNP', 'INDEL')),"
          + " subset TEXT NOT NULL,"
          + " truth_total INTEGER NOT NULL, truth_tp INTEGER NOT NULL, truth_fn INTEGER NOT NULL,"
          + " query_total INTEGER NOT NULL, query_tp INTEGER NOT NULL, query_fp INTEGER NOT NULL,"
          + " query_unk INTEGER NOT NULL, fp_gt INTEGER NOT NULL, fp_al INTEGER NOT NULL,"
          + " recall REAL, recall_lower REAL, recall_upper REAL,"
          + " precision REAL, precision_lower REAL, precision_upper REAL,"
          + " f1 REAL, f1_lower REAL, f1_upper REAL,"
          + " PRIMARY KEY (comparison_id, filter, type, subset))");

  /**
   * Version 2 adds the site-level concordance of each comparison (issue 7): its counts per filter and type, and the
   * representation gap (records TP haplotype-aware but FN/FP at site level) per kind.
   */
  static final List<String> V2 = List.of(
      "CREATE TABLE site_metrics ("
          + " comparison_id INTEGER NOT NULL REFERENCES comparisons(comparison_id),"
          + " filter TEXT NOT NULL CHECK (filter IN ('ALL', 'PASS')),"
          + " type TEXT NOT NULL CHECK (type IN ('ALL', 'SNP', 'INDEL')),"
          + " truth_total INTEGER NOT NULL, truth_tp INTEGER NOT NULL, truth_fn INTEGER NOT NULL,"
          + " query_total INTEGER NOT NULL, query_tp INTEGER NOT NULL, query_fp INTEGER NOT NULL,"
          + " query_unk INTEGER NOT NULL,"
          + " PRIMARY KEY (comparison_id, filter, type))",
      "CREATE TABLE representation_gap ("
          + " comparison_id INTEGER NOT NULL REFERENCES comparisons(comparison_id),"
          + " filter TEXT NOT NULL CHECK (filter IN ('ALL', 'PASS')),"
          + " kind TEXT NOT NULL CHECK (kind IN ('snv', 'indel', 'complex', 'total')),"
          + " truth_fn INTEGER NOT NULL, query_fp INTEGER NOT NULL,"
          + " PRIMARY KEY (comparison_id, filter, kind))");

  /**
   * Version 3 (issue 12): a submission's structural-variant part is a comparison of its own. {@code comparisons} gets
   * a {@code kind} column and is unique per (run, unit, sample, kind), which SQLite can only do by rebuilding the
   * table (ids are kept, so the rows of the other tables stay attached); {@code sv_metrics} holds the SV counts by
   * type and size bin of stratum ALL. Run with foreign keys off (the rebuild drops the referenced table).
   */
  static final List<String> V3 = List.of(
      "CREATE TABLE comparisons_v3 ("
          + " comparison_id INTEGER PRIMARY KEY,"
          + " run_id TEXT NOT NULL REFERENCES runs(run_id),"
          + " unit TEXT NOT NULL,"
          + " sample TEXT NOT NULL,"
          + " pipeline_name TEXT,"
          + " pipeline_version TEXT,"
          + " truth_set_id TEXT NOT NULL,"
          + " truth_set_version TEXT,"
          + " query_sha256 TEXT,"
          + " verdict TEXT NOT NULL CHECK (verdict IN ('PASS', 'WARN', 'FAIL', 'ERROR')),"
          + " reasons TEXT NOT NULL,"
          + " kind TEXT NOT NULL DEFAULT 'small-variant' CHECK (kind IN ('small-variant', 'structural-variant')),"
          + " UNIQUE (run_id, unit, sample, kind))",
      "INSERT INTO comparisons_v3 (comparison_id, run_id, unit, sample, pipeline_name, pipeline_version, "
          + "truth_set_id, truth_set_version, query_sha256, verdict, reasons) SELECT comparison_id, run_id, unit, "
          + "sample, pipeline_name, pipeline_version, truth_set_id, truth_set_version, query_sha256, verdict, "
          + "reasons FROM comparisons",
      "DROP TABLE comparisons",
      "ALTER TABLE comparisons_v3 RENAME TO comparisons",
      "CREATE INDEX comparisons_by_unit ON comparisons (unit, sample, truth_set_id, kind)",
      "CREATE TABLE sv_metrics ("
          + " comparison_id INTEGER NOT NULL REFERENCES comparisons(comparison_id),"
          + " filter TEXT NOT NULL CHECK (filter IN ('ALL', 'PASS')),"
          + " type TEXT NOT NULL,"
          + " size_bin TEXT NOT NULL,"
          + " truth_total INTEGER NOT NULL, tp_base INTEGER NOT NULL, fn INTEGER NOT NULL,"
          + " query_total INTEGER NOT NULL, tp_comp INTEGER NOT NULL, fp INTEGER NOT NULL,"
          + " recall REAL, recall_lower REAL, recall_upper REAL,"
          + " precision REAL, precision_lower REAL, precision_upper REAL,"
          + " f1 REAL, f1_lower REAL, f1_upper REAL,"
          + " PRIMARY KEY (comparison_id, type, size_bin))");
}
