package dk.harness.core.sv;

/**
 * The verdict on one counted call, with the comparison that decided it (for a TP its partner; for FN/FP its best
 * candidate, which may have no partner). Immutable once returned.
 *
 * @param truthSide true for a truth (base) call, false for a query (comp) call
 * @param variant the call
 * @param verdict TP, FN (truth) or FP (query)
 * @param match the deciding comparison; {@link SvMatch#state()} is true exactly for TPs
 */
public record SvOutcome(boolean truthSide, SvVariant variant, Verdict verdict, SvMatch match) {
  /** TP for a matched call; FN for an unmatched truth call; FP for an unmatched query call. */
  public enum Verdict { TP, FP, FN }
}
