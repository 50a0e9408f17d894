/**
 * The results history in {@code results/history.sqlite}: runs, comparisons and per-cell counts and metrics, written
 * one run per transaction by one writer at a time; queried by {@code harness history} and by the regression rule.
 */
package dk.harness.workflow.history;
