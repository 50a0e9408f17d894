package dk.harness.core.sv;

/**
 * Structural-variant types, as Truvari names them ({@code truvari.SV}). {@link #UNK} is any type that is not
 * recognised, including an empty declared {@code SVTYPE} when the record is typed the Truvari way.
 */
public enum SvType {
  SNP, DEL, INS, DUP, INV, NON, BND, UNK;

  /**
   * The type named exactly {@code name} (case-sensitive, no subtype splitting), else {@link #UNK}: Truvari's
   * {@code get_svtype}. {@code DUP:TANDEM} in INFO/SVTYPE is therefore UNK, while the symbolic ALT
   * {@code <DUP:TANDEM>} is split before lookup by the caller.
   */
  public static SvType named(String name) {
    if (name == null) {
      return UNK;
    }
    for (SvType t : values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return UNK;
  }
}
