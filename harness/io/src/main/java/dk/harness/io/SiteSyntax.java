package dk.harness.io;

/**
 * A cheap proof that htsjdk's {@code VCFCodec.decode} (4.2.0) would accept the fixed columns of a data line, so
 * the full decode, which builds a VariantContext, its alleles and an INFO map only to be thrown away, can be
 * skipped. The check is deliberately narrower than what htsjdk accepts: it answers {@code true} only for lines
 * made of the ordinary pieces below, and {@code false} for everything else, in which case the caller runs the
 * codec, so any rejection and its message stay htsjdk's. What htsjdk checks, and how each is covered here:
 *
 * <ul>
 *   <li>CHROM, ID, REF, ALT, QUAL, FILTER, INFO non-empty (an empty ID or INFO is an error; an empty CHROM shifts
 *       htsjdk's columns): required.
 *   <li>POS and QUAL numbers: parsed by {@link VcfRecordParser} before this check, with the same rules; a QUAL
 *       htsjdk may refuse (negative, infinite or NaN written out) is left to the codec: see {@link #plainQual}.
 *   <li>REF: letters ACGTN (either case) only.
 *   <li>ALT: {@code .}, or a comma list of non-empty alleles each of upper-case ACGTN, {@code *} or a symbolic
 *       {@code <...>}; no allele twice and none equal to REF (htsjdk's "Duplicate allele").
 *   <li>FILTER: {@code .}, {@code PASS}, or {@code ;}-separated non-empty names of printable ASCII (htsjdk's
 *       {@code VALID_FILTER}), not {@code 0} (the VCF 3 pass value htsjdk rejects).
 *   <li>INFO: {@code .}, or text without spaces, without {@code %} (percent-decoding of VCF 4.3) and without an
 *       {@code END} key (htsjdk then checks END against the record's span).
 * </ul>
 * Genotype columns are not decoded by htsjdk unless the header's samples are unsorted; {@link VcfRecordParser}
 * always runs the codec for such files. Stateless and thread-safe.
 */
public final class SiteSyntax {
  private SiteSyntax() {
  }

  /**
   * Whether htsjdk's {@code VCFCodec.decode} would accept a whole data line, for callers outside this package that
   * validate lines with the codec (intake). Narrower than {@link #provablyValid(String, int[])}: POS must be plain
   * digits, QUAL {@code .} or a plain non-negative decimal, INFO non-empty, and the line must have a FORMAT
   * column. The caller must still run the codec on every line when the header's samples were not sorted (htsjdk
   * then decodes genotypes eagerly) and whenever this answers false.
   *
   * @param line a data line
   * @param scratch an array of at least 8 ints, overwritten (so a caller scanning many lines allocates nothing)
   */
  public static boolean codecWouldAccept(String line, int[] scratch) {
    int t = -1;
    for (int c = 0; c < 8; c++) {
      t = line.indexOf('\t', t + 1);
      if (t < 0) {
        return false;
      }
      scratch[c] = t;
    }
    return plainDigits(line, scratch[0] + 1, scratch[1])
        && plainQualText(line, scratch[4] + 1, scratch[5])
        && provablyValid(line, scratch);
  }

  private static boolean plainDigits(String line, int s, int e) {
    if (e <= s || e - s > 9) {
      return false;
    }
    for (int i = s; i < e; i++) {
      final char c = line.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code .}, or an unsigned decimal with an optional exponent that parses to a finite number. */
  private static boolean plainQualText(String line, int s, int e) {
    if (e - s == 1 && line.charAt(s) == '.') {
      return true;
    }
    if (e <= s || e - s > 24) {
      return false;
    }
    for (int i = s; i < e; i++) {
      final char c = line.charAt(i);
      final boolean sign = (c == '+' || c == '-') && i > s && (line.charAt(i - 1) == 'e' || line.charAt(i - 1) == 'E');
      if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || sign)) {
        return false;
      }
    }
    try {
      return plainQual(Double.parseDouble(line.substring(s, e)), false);
    } catch (NumberFormatException ex) {
      return false;
    }
  }

  /**
   * Whether htsjdk would accept the line's fixed columns.
   *
   * @param line a data line with at least nine tab-separated columns
   * @param tabs offsets of the line's first eight tabs
   */
  static boolean provablyValid(String line, int[] tabs) {
    if (tabs[0] == 0) {
      return false;
    }
    for (int c = 1; c < 8; c++) {
      if (tabs[c] == tabs[c - 1] + 1) {
        return false;
      }
    }
    return refOk(line, tabs[2] + 1, tabs[3])
        && altsOk(line, tabs[2] + 1, tabs[3], tabs[3] + 1, tabs[4])
        && filterOk(line, tabs[5] + 1, tabs[6])
        && infoOk(line, tabs[6] + 1, tabs[7]);
  }

  /**
   * Whether a parsed QUAL is one htsjdk accepts without question: {@code .} or a finite number {@code >= 0}.
   * htsjdk refuses a negative QUAL (other than the VCF 3 missing value -1), an infinite one and a written-out NaN,
   * so callers run the codec on any other QUAL (a fuzzing finding: the fast path had accepted QUAL -150).
   *
   * @param qual the parsed value
   * @param dot whether the column is {@code .}
   */
  static boolean plainQual(double qual, boolean dot) {
    return dot || (qual >= 0 && qual < Double.POSITIVE_INFINITY);
  }

  private static boolean refOk(String line, int s, int e) {
    for (int i = s; i < e; i++) {
      switch (line.charAt(i)) {
        case 'A', 'C', 'G', 'T', 'N', 'a', 'c', 'g', 't', 'n' -> {
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean altsOk(String line, int refStart, int refEnd, int s, int e) {
    if (e - s == 1 && line.charAt(s) == '.') {
      return true;
    }
    int from = s;
    while (true) {
      int comma = line.indexOf(',', from);
      if (comma < 0 || comma > e) {
        comma = e;
      }
      if (!altOk(line, from, comma) || sameIgnoringCase(line, from, comma, refStart, refEnd)) {
        return false;
      }
      for (int prev = s; prev < from; ) {
        int prevEnd = line.indexOf(',', prev);
        if (sameIgnoringCase(line, prev, prevEnd, from, comma)) {
          return false;
        }
        prev = prevEnd + 1;
      }
      if (comma == e) {
        return true;
      }
      from = comma + 1;
    }
  }

  private static boolean altOk(String line, int s, int e) {
    if (e <= s) {
      return false;
    }
    final char first = line.charAt(s);
    if (e - s == 1 && first == '*') {
      return true;
    }
    if (first == '<') {
      if (e - s < 2 || line.charAt(e - 1) != '>') {
        return false;
      }
      for (int i = s + 1; i < e - 1; i++) {
        final char c = line.charAt(i);
        if (c == '<' || c == '>') {
          return false;
        }
      }
      return true;
    }
    for (int i = s; i < e; i++) {
      switch (line.charAt(i)) {
        case 'A', 'C', 'G', 'T', 'N' -> {
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean sameIgnoringCase(String line, int s1, int e1, int s2, int e2) {
    return e1 - s1 == e2 - s2 && line.regionMatches(true, s1, line, s2, e1 - s1);
  }

  private static boolean filterOk(String line, int s, int e) {
    if (e - s == 1 && (line.charAt(s) == '.' || line.charAt(s) == '0')) {
      return line.charAt(s) == '.';
    }
    boolean tokenEmpty = true;
    for (int i = s; i < e; i++) {
      final char c = line.charAt(i);
      if (c == ';') {
        if (tokenEmpty) {
          return false;
        }
        tokenEmpty = true;
      } else if (c < '!' || c > '~') {
        return false;
      } else {
        tokenEmpty = false;
      }
    }
    return !tokenEmpty;
  }

  private static boolean infoOk(String line, int s, int e) {
    if (e - s == 1 && line.charAt(s) == '.') {
      return true;
    }
    boolean atKeyStart = true;
    for (int i = s; i < e; i++) {
      final char c = line.charAt(i);
      if (c == ' ' || c == '%') {
        return false;
      }
      if (atKeyStart && c == 'E' && line.startsWith("END", i)) {
        final int after = i + 3;
        if (after == e || line.charAt(after) == '=' || line.charAt(after) == ';') {
          return false;
        }
      }
      atKeyStart = c == ';';
    }
    return true;
  }

  // ---- the same checks on a line's bytes (ASCII), for the byte-level parser ----------------------------------

  /**
   * {@link #provablyValid(String, int[])} on bytes: the line is {@code b[lineStart, ...)} and {@code tabs} holds
   * the absolute offsets of its first eight tabs. The caller has checked the line is ASCII.
   */
  static boolean provablyValid(byte[] b, int lineStart, int[] tabs) {
    if (tabs[0] == lineStart) {
      return false;
    }
    for (int c = 1; c < 8; c++) {
      if (tabs[c] == tabs[c - 1] + 1) {
        return false;
      }
    }
    return refOk(b, tabs[2] + 1, tabs[3])
        && altsOk(b, tabs[2] + 1, tabs[3], tabs[3] + 1, tabs[4])
        && filterOk(b, tabs[5] + 1, tabs[6])
        && infoOk(b, tabs[6] + 1, tabs[7]);
  }

  private static boolean refOk(byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      switch (b[i]) {
        case 'A', 'C', 'G', 'T', 'N', 'a', 'c', 'g', 't', 'n' -> {
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean altsOk(byte[] b, int refStart, int refEnd, int s, int e) {
    if (e - s == 1 && b[s] == '.') {
      return true;
    }
    int from = s;
    while (true) {
      int comma = indexOf(b, (byte) ',', from, e);
      if (comma < 0) {
        comma = e;
      }
      if (!altOk(b, from, comma) || sameIgnoringCase(b, from, comma, refStart, refEnd)) {
        return false;
      }
      for (int prev = s; prev < from; ) {
        final int prevEnd = indexOf(b, (byte) ',', prev, e);
        if (sameIgnoringCase(b, prev, prevEnd, from, comma)) {
          return false;
        }
        prev = prevEnd + 1;
      }
      if (comma == e) {
        return true;
      }
      from = comma + 1;
    }
  }

  private static int indexOf(byte[] b, byte c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean altOk(byte[] b, int s, int e) {
    if (e <= s) {
      return false;
    }
    final byte first = b[s];
    if (e - s == 1 && first == '*') {
      return true;
    }
    if (first == '<') {
      if (e - s < 2 || b[e - 1] != '>') {
        return false;
      }
      for (int i = s + 1; i < e - 1; i++) {
        if (b[i] == '<' || b[i] == '>') {
          return false;
        }
      }
      return true;
    }
    for (int i = s; i < e; i++) {
      switch (b[i]) {
        case 'A', 'C', 'G', 'T', 'N' -> {
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean sameIgnoringCase(byte[] b, int s1, int e1, int s2, int e2) {
    if (e1 - s1 != e2 - s2) {
      return false;
    }
    for (int i = 0; i < e1 - s1; i++) {
      if (upper(b[s1 + i]) != upper(b[s2 + i])) {
        return false;
      }
    }
    return true;
  }

  private static int upper(byte c) {
    return c >= 'a' && c <= 'z' ? c - 32 : c;
  }

  private static boolean filterOk(byte[] b, int s, int e) {
    if (e - s == 1 && (b[s] == '.' || b[s] == '0')) {
      return b[s] == '.';
    }
    boolean tokenEmpty = true;
    for (int i = s; i < e; i++) {
      final byte c = b[i];
      if (c == ';') {
        if (tokenEmpty) {
          return false;
        }
        tokenEmpty = true;
      } else if (c < '!' || c > '~') {
        return false;
      } else {
        tokenEmpty = false;
      }
    }
    return !tokenEmpty;
  }

  private static boolean infoOk(byte[] b, int s, int e) {
    if (e - s == 1 && b[s] == '.') {
      return true;
    }
    boolean atKeyStart = true;
    int i = s;
    while (i < e) {
      int to = e;
      if (i + 8 <= e) {
        // A word without a space, '%' or 'E' needs only its last byte (does the next key start after it?).
        final long w = WordScan.word(b, i);
        if ((WordScan.matches(w, (byte) ' ') | WordScan.matches(w, (byte) '%') | WordScan.matches(w, (byte) 'E')) == 0) {
          atKeyStart = b[i + 7] == ';';
          i += 8;
          continue;
        }
        to = i + 8;
      }
      for (; i < to; i++) {
        final byte c = b[i];
        if (c == ' ' || c == '%') {
          return false;
        }
        if (atKeyStart && c == 'E' && i + 2 < e && b[i + 1] == 'N' && b[i + 2] == 'D') {
          final int after = i + 3;
          if (after == e || b[after] == '=' || b[after] == ';') {
            return false;
          }
        }
        atKeyStart = c == ';';
      }
    }
    return true;
  }
}
