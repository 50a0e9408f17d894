package dk.harness.simulate;

/**
 * One SV as a VCF record writes it. Coordinates are 0-based: {@code start} is the first deleted, duplicated or
 * inverted base, or the base an insertion goes before; the record's anchor (POS) is the base before it.
 *
 * @param kind the SV type
 * @param start see above; at least 1 (an anchor base is needed)
 * @param length SV length in bases (SVLEN without sign)
 * @param inserted the inserted bases of a sequence-resolved insertion; null otherwise
 * @param symbolic written with a symbolic ALT ({@code <DEL>}, {@code <INS>}, {@code <DUP>}, {@code <INV>})
 */
record SvAllele(SvKind kind, int start, int length, String inserted, boolean symbolic) {
  /** SV types the simulator writes. */
  enum SvKind { DEL, INS, DUP, INV }

  SvAllele {
    if (start < 1 || length < 1) {
      throw new IllegalArgumentException("bad SV allele " + kind + " at " + start + " of " + length + " bp");
    }
    if (kind == SvKind.INS && !symbolic && (inserted == null || inserted.length() != length)) {
      throw new IllegalArgumentException("a sequence-resolved insertion needs its " + length + " inserted bases");
    }
    if ((kind == SvKind.DUP || kind == SvKind.INV) && !symbolic) {
      throw new IllegalArgumentException(kind + " is written symbolic only");
    }
  }

  /** 0-based position of the anchor base (POS - 1). */
  int anchor() {
    return start - 1;
  }

  /** 0-based end of the reference span the record covers, anchor included (exclusive). */
  int spanEnd() {
    return kind == SvKind.INS ? start : start + length;
  }

  /** Bases the record covers on the reference from its anchor, for the tabix index. */
  int indexLength() {
    return spanEnd() - anchor();
  }

  SvAllele withStart(int newStart) {
    return new SvAllele(kind, newStart, length, inserted, symbolic);
  }

  /**
   * REF, ALT and INFO (SVTYPE, SVLEN, END as pbsv/Sniffles/Manta write them: SVLEN negative for deletions, END the
   * last deleted/duplicated/inverted base, or POS for an insertion), tab-separated with the columns between them.
   */
  String[] fields(ReferenceWindow ref) {
    final String anchorBase = ref.text(anchor(), start);
    final String refAllele;
    final String alt;
    if (symbolic) {
      refAllele = anchorBase;
      alt = "<" + kind.name() + ">";
    } else if (kind == SvKind.DEL) {
      refAllele = ref.text(anchor(), start + length);
      alt = anchorBase;
    } else {
      refAllele = anchorBase;
      alt = anchorBase + inserted;
    }
    final int svlen = kind == SvKind.DEL ? -length : length;
    final int end = kind == SvKind.INS ? start : start + length;
    return new String[] {refAllele, alt, "SVTYPE=" + kind.name() + ";SVLEN=" + svlen + ";END=" + end};
  }
}
