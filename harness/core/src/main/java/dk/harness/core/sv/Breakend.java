package dk.harness.core.sv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One breakend as Truvari compares it: 1-based POS, the breakend ALT (which names the mate position), the CIPOS /
 * CIEND widening and the genotype. Either a BND record as written, or one piece of a DEL, DUP or INV split the
 * way Truvari's {@code decompose} splits them. Immutable.
 */
record Breakend(String contig, int pos, String alt, int ciposHigh, int ciendHigh, Genotype genotype) {
  private static final Pattern MATE = Pattern.compile("[\\[\\]]([^\\[\\]:]+):(\\d+)[\\[\\]]");

  static Breakend of(SvVariant v) {
    final SvRecord r = v.record();
    return new Breakend(r.contig(), r.pos(), r.alt(), r.ciposHigh(), r.ciendHigh(), r.genotype());
  }

  /**
   * The breakends of a DEL (2), DUP (2, read as a tandem duplication) or INV (4); empty for other types. Positions
   * use the call's 1-based POS and its exclusive end (= the last base's 1-based position), as Truvari does.
   */
  static List<Breakend> decompose(SvVariant v) {
    final SvRecord r = v.record();
    final String c = r.contig();
    final int pos = r.pos();
    final int end = v.end();
    final List<Breakend> out = new ArrayList<>(4);
    switch (v.type()) {
      case INV -> {
        out.add(piece(r, pos, "N]" + c + ":" + end + "]"));
        out.add(piece(r, pos + 1, "[" + c + ":" + (end + 1) + "[N"));
        out.add(piece(r, end, "N]" + c + ":" + pos + "]"));
        out.add(piece(r, end + 1, "[" + c + ":" + (pos + 1) + "[N"));
      }
      case DEL -> {
        out.add(piece(r, pos, "N[" + c + ":" + (end + 1) + "["));
        out.add(piece(r, end + 1, "]" + c + ":" + pos + "]N"));
      }
      case DUP -> {
        out.add(piece(r, pos + 1, "]" + c + ":" + end + "]N"));
        out.add(piece(r, end, "N[" + c + ":" + (pos + 1) + "["));
      }
      default -> {
        // Only DEL, DUP and INV have a breakend form.
      }
    }
    return out;
  }

  private static Breakend piece(SvRecord r, int pos, String alt) {
    return new Breakend(r.contig(), pos, alt, r.ciposHigh(), r.ciendHigh(), r.genotype());
  }

  /** Mate contig from the ALT, or null when the ALT is not breakend notation. */
  String mateContig() {
    final Matcher m = MATE.matcher(alt);
    return m.find() ? m.group(1) : null;
  }

  /** Mate position from the ALT; only valid when {@link #mateContig()} is not null. */
  long matePos() {
    final Matcher m = MATE.matcher(alt);
    return m.find() ? Long.parseLong(m.group(2)) : -1;
  }

  /**
   * Direction ("left" when a '[' opens or closes the ALT, "right" for ']') and strand ("direct" when the ALT starts
   * with a base, "complement" when it ends with one), joined; null when the ALT fits neither.
   */
  String orientation() {
    if (alt.isEmpty()) {
      return null;
    }
    final String direction;
    if (alt.startsWith("[") || alt.endsWith("[")) {
      direction = "left";
    } else if (alt.startsWith("]") || alt.endsWith("]")) {
      direction = "right";
    } else {
      return null;
    }
    final char first = alt.charAt(0);
    final char last = alt.charAt(alt.length() - 1);
    if (first != '[' && first != ']') {
      return direction + "/direct";
    }
    if (last != '[' && last != ']') {
      return direction + "/complement";
    }
    return null;
  }
}
