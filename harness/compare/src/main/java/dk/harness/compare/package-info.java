/**
 * The comparison pipeline behind {@code harness compare} and every submission of {@code harness run}: input checks,
 * contig planning, reading (with the next contig read while the current one is compared), the engine, and the
 * all-or-nothing outputs. {@link dk.harness.compare.Comparison} is the entry point;
 * {@link dk.harness.compare.TruthSetData} is a truth set read once and shared by many comparisons.
 */
package dk.harness.compare;
