package dk.harness.core.sv;

/**
 * A record typed and sized the way Truvari 5.4 does it ({@code VariantRecord.var_type}/{@code var_size}), with the
 * span Truvari uses. Coordinates are 0-based half-open: {@link #start()} is POS-1, {@link #end()} follows htslib
 * (INFO/END when after the start, else start + len(REF)). Immutable.
 */
public final class SvVariant {
  private final SvRecord record;
  private final SvType type;
  private final int size;
  private final int end;
  private final String resolvedRef;
  private final String resolvedAlt;
  private final boolean typeFromEmptySvtype;
  private final boolean sizeFromEmptySvlen;

  private SvVariant(SvRecord record, SvType type, int size, int end, String resolvedRef, String resolvedAlt,
      boolean typeFromEmptySvtype, boolean sizeFromEmptySvlen) {
    this.record = record;
    this.type = type;
    this.size = size;
    this.end = end;
    this.resolvedRef = resolvedRef;
    this.resolvedAlt = resolvedAlt;
    this.typeFromEmptySvtype = typeFromEmptySvtype;
    this.sizeFromEmptySvlen = sizeFromEmptySvlen;
  }

  /**
   * Types and sizes {@code record}.
   *
   * <p>Type, first rule that applies: BND when htslib sees breakend notation in the ALT; INFO/SVTYPE when the key is
   * present (an unknown name is UNK; an empty value is UNK unless {@link SvConfig#typeFromAlleles()}, then the
   * rules below); for literal alleles the length change (longer ALT: INS, shorter: DEL, equal: SNP for 1 base,
   * else UNK); for a symbolic ALT its name before any ':' ({@code <DUP:TANDEM>} is DUP); else UNK.
   *
   * <p>Size, first rule that applies: |INFO/SVLEN| when it is an integer; for a symbolic ALT the span
   * end - start; for literal alleles |len(ALT) - len(REF)|, or len(REF) when the lengths are equal (0 for a
   * single-base substitution).
   */
  public static SvVariant of(SvRecord record, SvConfig config) {
    boolean fromDot = false;
    SvType type;
    if (htslibBreakend(record)) {
      type = SvType.BND;
    } else if (record.svtype() != null && !(record.svtype().isEmpty() && config.typeFromAlleles())) {
      type = SvType.named(record.svtype().isEmpty() ? null : record.svtype());
    } else {
      fromDot = record.svtype() != null;
      type = alleleType(record);
    }
    boolean sizeDot = false;
    Integer size = null;
    if (record.svlen() != null) {
      sizeDot = record.svlen().isEmpty();
      size = parseAbs(record.svlen());
    }
    if (size == null) {
      size = alleleSize(record);
    }
    return new SvVariant(record, type, size, record.end(), null, null, fromDot, sizeDot);
  }

  private static SvType alleleType(SvRecord r) {
    final String alt = r.alt();
    if (isLiteral(r)) {
      final int rl = r.ref().length();
      final int al = alt.length();
      return al > rl ? SvType.INS : al < rl ? SvType.DEL : rl == 1 ? SvType.SNP : SvType.UNK;
    }
    if (alt != null && alt.startsWith("<")) {
      // Python's re.match(r"<(.*)>") is greedy: the name runs to the last '>'.
      final int close = alt.lastIndexOf('>');
      if (close > 0) {
        final String name = alt.substring(1, close);
        final int colon = name.indexOf(':');
        return SvType.named(colon < 0 ? name : name.substring(0, colon));
      }
    }
    return SvType.UNK;
  }

  private static int alleleSize(SvRecord r) {
    final String alt = r.alt();
    if (alt == null) {
      return 0;
    }
    if (!isLiteral(r) && alt.contains("<")) {
      return r.end() - r.start();
    }
    final int rl = r.ref().length();
    final int al = alt.length();
    if (rl == al) {
      return rl == 1 ? 0 : rl;
    }
    return Math.abs(rl - al);
  }

  private static Integer parseAbs(String s) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Math.abs(Integer.parseInt(s.startsWith("+") ? s.substring(1) : s));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Literal alleles: an ALT that is neither missing, '*', symbolic nor a breakend. */
  private static boolean isLiteral(SvRecord r) {
    final String alt = r.alt();
    return alt != null && !alt.equals("*") && !alt.startsWith("<") && !alt.contains("[") && !alt.contains("]");
  }

  /**
   * htslib's VCF_BND test: the ALT opens with a bracket, or continues the REF (case-insensitively) with one.
   * Truvari types such records BND whatever INFO/SVTYPE says.
   */
  static boolean htslibBreakend(SvRecord r) {
    final String alt = r.alt();
    if (alt == null || alt.isEmpty()) {
      return false;
    }
    if (alt.charAt(0) == '[' || alt.charAt(0) == ']') {
      return true;
    }
    final String ref = r.ref();
    int i = 0;
    while (i < ref.length() && i < alt.length()
        && Character.toUpperCase(ref.charAt(i)) == Character.toUpperCase(alt.charAt(i))) {
      i++;
    }
    return i == ref.length() && i < alt.length() && (alt.charAt(i) == '[' || alt.charAt(i) == ']');
  }

  /** This call with sequence taken from the reference for a symbolic allele (Truvari's {@code resolve}). */
  SvVariant resolved(String ref, String alt, int newEnd) {
    return new SvVariant(record, type, size, newEnd, ref, alt, typeFromEmptySvtype, sizeFromEmptySvlen);
  }

  public SvRecord record() {
    return record;
  }

  public SvType type() {
    return type;
  }

  /** Size in bases (see {@link #of}). */
  public int size() {
    return size;
  }

  /** 0-based start (POS - 1). */
  public int start() {
    return record.start();
  }

  /** 0-based exclusive end; for a DUP resolved as an insertion, start + 1. */
  public int end() {
    return end;
  }

  public String contig() {
    return record.contig();
  }

  /** REF, or the reference bases of a resolved symbolic call. */
  public String ref() {
    return resolvedRef != null ? resolvedRef : record.ref();
  }

  /** First ALT, or the resolved ALT bases of a symbolic call. */
  public String alt() {
    return resolvedAlt != null ? resolvedAlt : record.alt();
  }

  /** Truvari's {@code is_bnd}: a bracket anywhere in the first ALT. */
  public boolean isBreakend() {
    final String alt = record.alt();
    return alt != null && (alt.indexOf('[') >= 0 || alt.indexOf(']') >= 0);
  }

  /** The first ALT is symbolic ({@code <...>}). */
  public boolean isSymbolic() {
    final String alt = record.alt();
    return alt != null && alt.startsWith("<");
  }

  /** No ALT, or ALT '*'. */
  public boolean isMonrefStar() {
    final String alt = record.alt();
    return alt == null || alt.equals("*");
  }

  /** Both alleles are sequence: literal in the file, or resolved from the reference. */
  public boolean isResolved() {
    return (!isMonrefStar() && !isSymbolic() && !isBreakend()) || (resolvedRef != null && resolvedAlt != null);
  }

  /** A single breakend (ALT opens or closes with '.'), which Truvari never compares. */
  public boolean isSingleBreakend() {
    final String alt = record.alt();
    return alt != null && !alt.isEmpty() && (alt.charAt(0) == '.' || alt.charAt(alt.length() - 1) == '.');
  }

  /** INFO/SVTYPE was present but empty and the type was taken from the alleles instead (worth a warning). */
  public boolean typeFromEmptySvtype() {
    return typeFromEmptySvtype;
  }

  /** INFO/SVLEN was present but empty and the size was taken from the alleles instead (worth a warning). */
  public boolean sizeFromEmptySvlen() {
    return sizeFromEmptySvlen;
  }

  @Override
  public String toString() {
    return record.contig() + ":" + record.pos() + " " + record.id() + " " + type + " " + size;
  }
}
