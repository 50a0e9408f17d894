/**
 * Structural-variant comparison glue: reads the SV VCFs and BEDs (io), runs the Truvari-exact engine
 * ({@code dk.harness.core.sv}) and writes a result folder atomically: Truvari-compatible {@code summary.json} and
 * {@code params.json}, the per-record VCFs tp-base / tp-comp / fp / fn, and {@code metrics.json} with rows by SV
 * type and size bin (and by stratum).
 */
package dk.harness.compare.sv;
