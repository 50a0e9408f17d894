package dk.harness.simulate;

/**
 * The SV error rates of one unit, with the outcome each has under Truvari's defaults (refdist 500, pctsize 0.7,
 * pctseq 0.7, pctovl 0). Each truth SV draws one of the exclusive fates {@code miss*}, {@code farShift},
 * {@code sizeBeyond}, {@code dupAsDup} or "called", so each rate is the probability of its fate; a called SV then
 * draws {@code nearShift} or {@code sizeWithin} (exclusive), {@code symbolic} and {@code gtError} independently.
 *
 * @param missDel probability a deletion is not called (FN)
 * @param missIns probability an insertion (novel or tandem duplication) is not called (FN)
 * @param missOther probability a symbolic duplication or inversion is not called (FN)
 * @param farShift probability the call's position is off by its length + 600..1500 bp, beyond refdist (FN + FP);
 *     only SVs shorter than {@link #FAR_SHIFT_MAX_SIZE} (larger ones take a near shift instead)
 * @param sizeBeyond probability the size is off by a factor of 0.35-0.6 or 1.6-2.5, beyond pctsize (FN + FP)
 * @param dupAsDup probability a tandem duplication written as insertion in the truth is called as symbolic
 *     {@code <DUP>} (a type mismatch: FN + FP unless dup-to-ins)
 * @param nearShift probability a called SV is shifted by 1 bp up to min(450, 20% of its length), within refdist
 *     and with sequence similarity above pctseq (still TP)
 * @param sizeWithin probability a called SV's size is off by a factor of 0.75-0.9 or 1.1-1.3, within pctsize
 *     (still TP)
 * @param symbolic probability a sequence-resolved truth DEL/INS of at least {@code symbolicMinSize} is written
 *     symbolic ({@code <DEL>} with END, {@code <INS>} with SVLEN only), as short-read callers do (still TP)
 * @param symbolicMinSize smallest SV the unit writes symbolic
 * @param gtError probability a called SV gets the other genotype, 0/1 versus 1/1 (TP with a genotype mismatch)
 * @param falsePerMb false SVs per Mb, away from every truth SV (FP)
 */
record SvErrorProfile(double missDel, double missIns, double missOther, double farShift, double sizeBeyond,
    double dupAsDup, double nearShift, double sizeWithin, double symbolic, int symbolicMinSize, double gtError,
    double falsePerMb) {

  /** Far shifts move a call by more than its length, so only small SVs take them (as in real short-read calls). */
  static final int FAR_SHIFT_MAX_SIZE = 1000;

  /** The profile of a unit; see docs/simulate.md for why each is realistic. */
  static SvErrorProfile of(UnitProfile unit) {
    return switch (unit) {
      case NORTH -> new SvErrorProfile(0.02, 0.04, 0.05, 0.01, 0.01, 0, 0.05, 0.05, 0, 0, 0.03, 3);
      case CENTRAL -> new SvErrorProfile(0.08, 0.45, 0.2, 0.03, 0.04, 0.7, 0.3, 0.1, 1, 300, 0.06, 8);
      case SOUTH -> new SvErrorProfile(0.05, 0.1, 0.1, 0.02, 0.06, 0, 0.1, 0.1, 0, 0, 0.2, 6);
      case CAPITAL -> new SvErrorProfile(0, 0, 0, 0, 0, 0, 0.3, 0.15, 1, 1000, 0, 0);
      case ZEALAND -> new SvErrorProfile(0.04, 0.08, 0.1, 0.12, 0.1, 0.2, 0.2, 0.05, 0.3, 500, 0.05, 40);
    };
  }
}
