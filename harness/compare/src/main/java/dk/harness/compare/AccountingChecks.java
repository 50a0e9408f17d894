package dk.harness.compare;

import dk.harness.io.InputException;
import dk.harness.report.FilterKind;
import dk.harness.report.NotAssessedKind;
import dk.harness.report.NotAssessedTally;
import dk.harness.report.NotAssessedTally.Notice;
import dk.harness.report.NotAssessedTally.Side;
import dk.harness.report.RunInfo;
import dk.harness.report.Tally;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a finished comparison says on stderr about records it could not assess, and the two inputs it refuses or
 * warns about once every record is accounted for: an empty truth (nothing can be measured: an error) and an empty
 * query (every truth variant is FN: a warning). Stateless.
 */
final class AccountingChecks {
  private AccountingChecks() {
  }

  /**
   * Reports the not-assessed records: a warning per side that has such records inside the confident regions (how
   * many, of which kind, the first loci and, for the truth, how many query FPs overlap them), a warning for
   * duplicated or REF-N records compared inside them, and a progress line for the rest.
   */
  static void report(NotAssessedTally t, boolean withConfident, ProgressSink progress) {
    final String where = withConfident ? "inside the confident regions" : "";
    for (Side side : Side.values()) {
      final long inside = t.notAssessedConfident(side);
      final long all = t.notAssessed(side);
      if (inside > 0) {
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %,d record(s)%s cannot be assessed and take no part in the "
            + "counts (%s)", side.key(), inside, withConfident ? " " + where : "",
            kinds(t, side, true)));
        sb.append("; first: ").append(loci(t.confidentLoci(side)));
        if (side == Side.TRUTH) {
          sb.append(String.format(Locale.ROOT, "; %,d query FP(s) overlap them, so the figures moved by up to "
              + "that much", t.queryFpOverlappingTruthNotAssessed()));
        }
        sb.append(" (metrics.json: not_assessed)");
        progress.warn(sb.toString());
      }
      if (all > inside) {
        progress.info(String.format(Locale.ROOT, "%s: %,d record(s) %s not assessed (%s)", side.key(), all - inside,
            withConfident ? "outside the confident regions" : "", kinds(t, side, false)).replace("  ", " "));
      }
      for (Notice n : Notice.values()) {
        final long in = t.notice(side, n, true);
        final long out = t.notice(side, n, false);
        if (in + out == 0) {
          continue;
        }
        final String what = n == Notice.DUPLICATE
            ? "are duplicates (an earlier record has the same CHROM, POS, REF and ALT); both copies are compared, "
                + "as in vcfeval"
            : "have N in REF; compared like any record (N matches any reference base), as in vcfeval";
        final String msg = String.format(Locale.ROOT, "%s: %,d compared record(s) %s (%,d %s)", side.key(), in + out,
            what, in, withConfident ? where : "in all");
        if (in > 0) {
          progress.warn(msg);
        } else {
          progress.info(msg);
        }
      }
    }
  }

  /**
   * Refuses a comparison whose truth has no assessable variant inside the confident regions (every query call
   * would be FP or UNK, and recall undefined), and warns about a query with no assessable variant at all.
   *
   * @throws InputException naming the truth VCF when the truth is empty in that sense
   */
  static void requireTruthAndQuery(Tally tally, RunInfo run, boolean withConfident, ProgressSink progress) {
    final NotAssessedTally t = tally.notAssessed();
    if (tally.total(FilterKind.ALL).truthTotal() == 0) {
      final RunInfo.InputFile truth = run == null ? null : run.inputs().get("truth");
      final Path file = Path.of(truth == null ? "truth VCF" : truth.path());
      throw new InputException(file, -1, String.format(Locale.ROOT, "the truth has no variant that can be "
          + "assessed%s: %,d record(s) on the compared contigs, %,d assessed%s, %,d not variants, %,d not "
          + "assessed; every query call would be FP or UNK and recall is undefined",
          withConfident ? " inside the confident regions" : "", t.records(Side.TRUTH), t.assessed(Side.TRUTH),
          withConfident && t.assessed(Side.TRUTH) > 0 ? " (all outside the confident regions)" : "",
          t.notVariant(Side.TRUTH),
          t.notAssessed(Side.TRUTH)),
          "check that --truth is the truth set's VCF with its genotypes (not a header-only or filtered copy)"
              + (withConfident ? " and that --confident is its BED, with the same build and contig names" : ""));
    }
    if (t.assessed(Side.QUERY) == 0) {
      progress.warn(String.format(Locale.ROOT, "the query has no variant that could be compared (%,d record(s): "
          + "%,d not variants, %,d not assessed): every truth variant counts as FN; check --query and "
          + "--query-sample", t.records(Side.QUERY), t.notVariant(Side.QUERY), t.notAssessed(Side.QUERY)));
    }
  }

  private static String kinds(NotAssessedTally t, Side side, boolean confident) {
    final List<String> parts = new ArrayList<>();
    for (NotAssessedKind k : NotAssessedKind.values()) {
      final long n = confident ? t.confident(side, k) : t.total(side, k) - t.confident(side, k);
      if (n > 0) {
        parts.add(k.key() + " " + String.format(Locale.ROOT, "%,d", n));
      }
    }
    if (!t.symbolicAlleles(side).isEmpty() && (t.total(side, NotAssessedKind.SYMBOLIC)
        + t.total(side, NotAssessedKind.NON_REF_PLACEHOLDER) > 0)) {
      parts.add("alleles " + t.symbolicAlleles(side));
    }
    return String.join(", ", parts);
  }

  private static String loci(List<NotAssessedTally.Locus> loci) {
    final List<String> parts = new ArrayList<>();
    for (NotAssessedTally.Locus l : loci) {
      parts.add(l.contig() + ":" + l.pos() + (l.end() > l.pos() ? "-" + l.end() : "") + " " + l.kind().key()
          + (l.line() > 0 ? " (line " + l.line() + ")" : ""));
    }
    return String.join(", ", parts);
  }
}
