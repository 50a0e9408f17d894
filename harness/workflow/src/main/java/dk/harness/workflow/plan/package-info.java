/** Run plans: the YAML format of {@code harness run --plan} and its loud, line-numbered validation. */
package dk.harness.workflow.plan;
