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

  /**
   * What one counted record adds to every cell it counts in, worked out once: its verdict column, its total
   * column, its ti/tv/het/homalt flags, and (query) whether it is an FP.gt / FP.al.
   */
  record Entry(int category, int total, boolean ti, boolean tv, boolean het, boolean homalt, boolean fpGt,
      boolean fpAl) {
  }

  /** The entry of a counted record (the caller decides which records count). */
  static Entry entry(Annotated a) {
    final Classified c = a.c();
    final VariantFacts f = a.facts();
    final int category;
    if (c.truth()) {
      category = c.verdict() == Verdict.TP ? TRUTH_TP : TRUTH_FN;
    } else {
      category = switch (c.verdict()) {
        case TP -> QUERY_TP;
        case FP -> QUERY_FP;
        default -> QUERY_UNK;
      };
    }
    final String loc = f.location();
    return new Entry(category, c.truth() ? TRUTH_TOTAL : QUERY_TOTAL, f.ti(), f.tv(), "het".equals(loc),
        "homalt".equals(loc), !c.truth() && c.fpGt(), !c.truth() && c.fpAl());
  }

  /** Adds one counted record's entry to this row. */
  void add(Entry e) {
    add(e.category(), e);
    add(e.total(), e);
    if (e.fpGt()) {
      fpGt++;
    }
    if (e.fpAl()) {
      fpAl++;
    }
  }

  private void add(int category, Entry e) {
    final long[] x = v[category];
    x[N]++;
    if (e.ti()) {
      x[TI]++;
    }
    if (e.tv()) {
      x[TV]++;
    }
    if (e.het()) {
      x[HET]++;
    } else if (e.homalt()) {
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
