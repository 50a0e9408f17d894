/**
 * {@code harness run}: a plan's submissions through intake, comparison and gates in parallel, into an atomically
 * committed run folder ({@code results/<run-id>/}, with {@code run.json}) that is then recorded in the history.
 * See docs/workflow.md.
 */
package dk.harness.workflow.run;
