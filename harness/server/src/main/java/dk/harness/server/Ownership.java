package dk.harness.server;

/** The per-resource rule a route applies after {@link Need} (all through {@link dk.harness.registry.Access}). */
public enum Ownership {
  /** None: the route shows only what the caller may see anyway (lists are filtered to the caller's unit). */
  NONE,
  /** The resource belongs to a unit: a unit user must own it (else 404), council and operators may read it. */
  OWN_UNIT,
  /** A round's council report: {@link dk.harness.registry.Access#canSeeReport} (else 403). */
  REPORT
}
