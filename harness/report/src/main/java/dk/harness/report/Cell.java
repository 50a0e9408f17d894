package dk.harness.report;

/**
 * Mutable counts of one report row: for each of hap.py's seven count columns the number of records and how
 * many of them are ti / tv / het / homalt, plus FP.gt and FP.al. Not thread-safe.
 */
final class Cell {
  static final int TRUTH_TOTAL = 0;
  static final int TRUTH_TP = 1;
  static final int TRUTH_FN = 2;
  static final int QUERY_TOTAL = 3;
  static final int QUERY_TP = 4;
  static final int QUERY_FP = 5;
  static final int QUERY_UNK = 6;
  static final int CATEGORIES = 7;
  /** Column prefixes in hap.py's column order. */
  static final String[] NAMES = {"TRUTH.TOTAL", "TRUTH.TP", "TRUTH.FN", "QUERY.TOTAL", "QUERY.TP", "QUERY.FP",
      "QUERY.UNK"};

  static final int N = 0;
  static final int TI = 1;
  static final int TV = 2;
  static final int HET = 3;
  static final int HOMALT = 4;
  static final int FIELDS = 5;

  final long[][] v = new long[CATEGORIES][FIELDS];
  long fpGt;
  long fpAl;

  /** Adds a counted record with the given verdict (the caller decides which records count). */
  void add(Annotated a) {
    final Classified c = a.c();
    if (c.truth()) {
      add(c.verdict() == Verdict.TP ? TRUTH_TP : TRUTH_FN, a.facts());
      add(TRUTH_TOTAL, a.facts());
    } else {
      add(switch (c.verdict()) {
        case TP -> QUERY_TP;
        case FP -> QUERY_FP;
        default -> QUERY_UNK;
      }, a.facts());
      add(QUERY_TOTAL, a.facts());
      if (c.fpGt()) {
        fpGt++;
      }
      if (c.fpAl()) {
        fpAl++;
      }
    }
  }

  void add(int category, VariantFacts f) {
    final long[] x = v[category];
    x[N]++;
    if (f.ti()) {
      x[TI]++;
    }
    if (f.tv()) {
      x[TV]++;
    }
    if ("het".equals(f.location())) {
      x[HET]++;
    } else if ("homalt".equals(f.location())) {
      x[HOMALT]++;
    }
  }

  long n(int category) {
    return v[category][N];
  }

  /** The plain counts of this cell. */
  Counts counts() {
    return new Counts(n(TRUTH_TOTAL), n(TRUTH_TP), n(TRUTH_FN), n(QUERY_TOTAL), n(QUERY_TP), n(QUERY_FP),
        n(QUERY_UNK), fpGt, fpAl);
  }
}
