/** {@code harness demo}: the whole flow on a simulated cohort or the NA12878 chr20 data, needing nothing else. */
package dk.harness.workflow.demo;
