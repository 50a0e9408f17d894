package dk.harness.core;

/** The GA4GH decision for one record, before confident regions are applied. */
public enum Outcome {
  /** Matched at genotype level (BD=TP). */
  TP,
  /** Query record not matched at genotype level (BD=FP). */
  FP,
  /** Truth record not matched at genotype level (BD=FN). */
  FN,
  /** Not a variant (hom-ref, no-call, {@code *} or symbolic only): takes no part (BD=N). */
  NOT_VARIANT,
  /** In a region too complex for the search bound: not decided, counted and reported apart. */
  TOO_COMPLEX
}
