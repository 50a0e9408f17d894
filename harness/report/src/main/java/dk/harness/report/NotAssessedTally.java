package dk.harness.report;

import dk.harness.core.Outcome;
import dk.harness.core.RegionSet;
import dk.harness.core.TooComplexRegion;
import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accounts for every record of the ALL comparison, per side: assessed (decided TP/FP/FN, inside or outside the
 * confident regions), not a variant, or not assessed with a {@link NotAssessedKind}, so that
 * {@code records = assessed + not_variant + not_assessed} holds for each side and nothing disappears in silence.
 * Also notes assessed records that were compared under a stated rule the reader should know about
 * ({@link Notice}). The numbers behind metrics.json's {@code not_assessed} block and the warnings of
 * {@code compare} and {@code run}. Not thread-safe; feed it from one thread (a {@link Tally} does).
 */
public final class NotAssessedTally {
  /** How many not-assessed records inside the confident regions are listed by position, per side. */
  public static final int LOCI_LISTED = 5;

  /** The two sides. */
  public enum Side {
    TRUTH, QUERY;

    /** "truth" or "query". */
    public String key() {
      return this == TRUTH ? "truth" : "query";
    }
  }

  /** Assessed records compared under a rule worth stating (they count as usual). */
  public enum Notice {
    /**
     * Same CHROM, POS, REF and ALT as an earlier record of the file: both take part, as in vcfeval (so a
     * duplicated hom-alt truth record may leave an FN, a duplicated query record an FP).
     */
    DUPLICATE,
    /**
     * REF contains N: compared like any record (the reference's bases are replayed, an N in REF matches any base),
     * as vcfeval does.
     */
    REF_N;

    /** The key in metrics.json. */
    public String key() {
      return this == DUPLICATE ? "duplicate" : "ref_n";
    }
  }

  /**
   * A not-assessed record inside the confident regions.
   *
   * @param contig contig
   * @param pos VCF POS
   * @param end 1-based inclusive end of its span (INFO END for a symbolic deletion)
   * @param kind why it was not assessed
   * @param line 1-based line in its file, -1 if unknown
   */
  public record Locus(String contig, int pos, int end, NotAssessedKind kind, long line) {
  }

  /** One side's counters. */
  private static final class SideCounts {
    long records;
    long assessed;
    long notVariant;
    final Map<NotAssessedKind, long[]> kinds = new EnumMap<>(NotAssessedKind.class);
    final Map<Notice, long[]> notices = new EnumMap<>(Notice.class);
    final Map<String, Long> symbolicAlleles = new TreeMap<>();
    final List<Locus> loci = new ArrayList<>();
    long fromReader;

    SideCounts() {
      for (NotAssessedKind k : NotAssessedKind.values()) {
        kinds.put(k, new long[2]);
      }
      for (Notice n : Notice.values()) {
        notices.put(n, new long[2]);
      }
    }
  }

  private final RegionSet confident;
  private final Map<Side, SideCounts> sides = new EnumMap<>(Side.class);
  private long queryFpOverlapping;

  /** @param confident the confident regions, or null when everything is confident */
  public NotAssessedTally(RegionSet confident) {
    this.confident = confident;
    sides.put(Side.TRUTH, new SideCounts());
    sides.put(Side.QUERY, new SideCounts());
  }

  /**
   * Counts one contig of the ALL comparison.
   *
   * @param outcome its records and decisions
   * @param cls their classification by the counting rules
   */
  void add(ContigOutcome outcome, CountingRules.Classification cls) {
    final List<int[]> truthSpans = new ArrayList<>();
    add(Side.TRUTH, outcome, outcome.truth(), cls.truth(), truthSpans);
    add(Side.QUERY, outcome, outcome.query(), cls.query(), null);
    if (truthSpans.isEmpty()) {
      return;
    }
    final int[][] merged = merge(truthSpans);
    for (Classified c : cls.query()) {
      if (c.verdict() == Verdict.FP && overlapsAny(merged, c.record().variant().replayStart(),
          c.record().variant().end())) {
        queryFpOverlapping++;
      }
    }
  }

  private void add(Side side, ContigOutcome outcome, List<LoadedRecord> records, List<Classified> cls,
      List<int[]> confidentSpans) {
    final SideCounts s = sides.get(side);
    s.records += records.size();
    for (int i = 0; i < records.size(); i++) {
      final LoadedRecord r = records.get(i);
      final Classified c = cls.get(i);
      final Outcome o = c.decision().outcome();
      NotAssessedKind kind = null;
      if (o == Outcome.NOT_VARIANT) {
        kind = calledKind(r);
        if (kind == null) {
          s.notVariant++;
          continue;
        }
      } else if (o == Outcome.TOO_COMPLEX) {
        kind = tooComplexKind(r.variant(), outcome.result().tooComplex(), side == Side.TRUTH);
      }
      if (kind == null) {
        s.assessed++;
        if (r.ref().indexOf('N') >= 0) {
          s.notices.get(Notice.REF_N)[c.confident() ? 0 : 1]++;
        }
        if (isRepeat(records, i)) {
          s.notices.get(Notice.DUPLICATE)[c.confident() ? 0 : 1]++;
        }
        continue;
      }
      final int start = r.variant().replayStart();
      final int end = Math.max(r.variant().end(), r.spanEnd());
      final boolean inside = confident == null || confident.overlaps(outcome.contig(), start, end);
      s.kinds.get(kind)[inside ? 0 : 1]++;
      if (kind == NotAssessedKind.SYMBOLIC || kind == NotAssessedKind.NON_REF_PLACEHOLDER) {
        final Set<String> called = new TreeSet<>();
        for (int a : r.variant().genotype()) {
          if (a > 0 && r.variant().allele(a) == null && !"*".equals(r.alts().get(a - 1))) {
            called.add(r.alts().get(a - 1));
          }
        }
        for (String alt : called) {
          s.symbolicAlleles.merge(alt, 1L, Long::sum);
        }
      }
      if (inside) {
        if (s.loci.size() < LOCI_LISTED) {
          s.loci.add(new Locus(outcome.contig(), r.pos(), end, kind, r.line()));
        }
        if (confidentSpans != null) {
          confidentSpans.add(new int[] {start, end});
        }
      }
    }
  }

  /**
   * The hook for records the reader skipped without handing them to the comparison (records without GT in a file
   * that has GT elsewhere): adds {@code count} records of {@link NotAssessedKind#NO_GENOTYPE} to a side. Their
   * position is not known, so they count in neither the confident nor the outside column, only in the total.
   *
   * @param count records skipped by the reader of that side's VCF (0 adds nothing)
   */
  public void addSkippedByReader(Side side, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative count " + count);
    }
    sides.get(side).fromReader += count;
  }

  /**
   * The kind of a record the engine found not to be a variant because its genotype calls only non-replayable
   * alleles, or null when it is an ordinary non-variant (hom-ref, no-call, {@code *} only, or ALT equal to REF).
   */
  static NotAssessedKind calledKind(LoadedRecord r) {
    final Variant v = r.variant();
    NotAssessedKind kind = null;
    for (int h = 0; h < v.ploidy(); h++) {
      final int a = v.genotype(h);
      if (a <= 0 || v.allele(a) != null) {
        continue;
      }
      final NotAssessedKind k = altKind(r.alts().get(a - 1));
      if (k != null && (kind == null || k.ordinal() < kind.ordinal())) {
        kind = k;
      }
    }
    return kind;
  }

  /** The kind of one non-replayable ALT (see {@link NotAssessedKind#ofAlt}); breakend for anything unrecognised. */
  static NotAssessedKind altKind(String alt) {
    if ("*".equals(alt)) {
      return null;
    }
    final NotAssessedKind k = NotAssessedKind.ofAlt(alt);
    return k == null ? NotAssessedKind.BREAKEND : k;
  }

  /**
   * Why the engine left a record undecided: the record-level bounds (ploidy, allele length, contig end) are
   * reported as a region of exactly the record's span holding only that record; anything else is a search bound.
   */
  static NotAssessedKind tooComplexKind(Variant v, List<TooComplexRegion> regions, boolean truth) {
    for (TooComplexRegion t : regions) {
      if (t.start() == v.start() && t.end() == v.end() && t.truthRecords() == (truth ? 1 : 0)
          && t.queryRecords() == (truth ? 0 : 1)) {
        if (t.reason().startsWith("ploidy")) {
          return NotAssessedKind.PLOIDY_ABOVE_TWO;
        }
        if (t.reason().startsWith("allele longer")) {
          return NotAssessedKind.ALLELE_TOO_LONG;
        }
        if (t.reason().startsWith("record extends past")) {
          return NotAssessedKind.PAST_CONTIG_END;
        }
      }
    }
    return NotAssessedKind.TOO_COMPLEX_REGION;
  }

  /** Whether an earlier record at the same POS has the same REF and ALTs (records of a POS are adjacent). */
  private static boolean isRepeat(List<LoadedRecord> records, int i) {
    final LoadedRecord r = records.get(i);
    for (int j = i - 1; j >= 0 && records.get(j).pos() == r.pos(); j--) {
      final LoadedRecord p = records.get(j);
      if (p.ref().equals(r.ref()) && p.alts().equals(r.alts())) {
        return true;
      }
    }
    return false;
  }

  private static int[][] merge(List<int[]> spans) {
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    final List<int[]> out = new ArrayList<>();
    for (int[] s : spans) {
      final int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s[0] < last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        out.add(new int[] {s[0], s[1]});
      }
    }
    return out.toArray(new int[0][]);
  }

  /** Whether {@code [start, end)} overlaps a merged span, by {@link RegionSet#overlaps}'s rule. */
  private static boolean overlapsAny(int[][] merged, int start, int end) {
    int lo = 0;
    int hi = merged.length;
    while (lo < hi) {
      final int mid = (lo + hi) >>> 1;
      if (merged[mid][0] < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // merged[lo - 1] is the last span starting before the end: the only candidate, as spans do not overlap
    return lo > 0 && start < merged[lo - 1][1] && end > merged[lo - 1][0];
  }

  // ---- reading -------------------------------------------------------------------------------------------

  /** Records of a side in the ALL comparison (after any target BED), plus those the reader skipped. */
  public long records(Side side) {
    final SideCounts s = sides.get(side);
    return s.records + s.fromReader;
  }

  /** Records decided TP/FP/FN (inside or outside the confident regions). */
  public long assessed(Side side) {
    return sides.get(side).assessed;
  }

  /** Hom-ref, no-call, {@code *}-only records (not variants; not part of {@link #notAssessed}). */
  public long notVariant(Side side) {
    return sides.get(side).notVariant;
  }

  /** Records of one kind inside the confident regions (always 0 for kinds {@link NotAssessedKind#countedByReader}). */
  public long confident(Side side, NotAssessedKind kind) {
    return sides.get(side).kinds.get(kind)[0];
  }

  /** Records of one kind outside the confident regions (always 0 for kinds counted by the reader). */
  public long outside(Side side, NotAssessedKind kind) {
    return sides.get(side).kinds.get(kind)[1];
  }

  /** All records of one kind. */
  public long total(Side side, NotAssessedKind kind) {
    return kind.countedByReader() ? sides.get(side).fromReader : confident(side, kind) + outside(side, kind);
  }

  /** All not-assessed records of a side. */
  public long notAssessed(Side side) {
    long n = 0;
    for (NotAssessedKind k : NotAssessedKind.values()) {
      n += total(side, k);
    }
    return n;
  }

  /** Not-assessed records of a side inside the confident regions. */
  public long notAssessedConfident(Side side) {
    long n = 0;
    for (NotAssessedKind k : NotAssessedKind.values()) {
      n += confident(side, k);
    }
    return n;
  }

  /** Assessed records with a notice, inside ({@code confident}) or outside the confident regions. */
  public long notice(Side side, Notice notice, boolean confident) {
    return sides.get(side).notices.get(notice)[confident ? 0 : 1];
  }

  /** Symbolic ALTs called by the not-assessed records of a side, with counts, by ALT text. */
  public Map<String, Long> symbolicAlleles(Side side) {
    return Collections.unmodifiableMap(sides.get(side).symbolicAlleles);
  }

  /** The first {@value #LOCI_LISTED} not-assessed records of a side inside the confident regions. */
  public List<Locus> confidentLoci(Side side) {
    return Collections.unmodifiableList(sides.get(side).loci);
  }

  /**
   * Query FPs (ALL comparison) overlapping a truth record that was not assessed inside the confident regions:
   * calls that might have matched it had it been comparable, so the figures moved by this much at most.
   */
  public long queryFpOverlappingTruthNotAssessed() {
    return queryFpOverlapping;
  }

  @Override
  public String toString() {
    return "NotAssessedTally" + Arrays.asList(notAssessed(Side.TRUTH), notAssessed(Side.QUERY));
  }
}
