package dk.harness.hostile;

import java.util.regex.Pattern;

/**
 * One row of the case table: a name, the family it belongs to, how it damages a real input (a {@link Setup} that
 * writes the damaged files into the case's folder and returns the command line), the outcome the contract demands
 * and a pattern the message (error line, or warnings) must match.
 *
 * @param name unique, used as the case folder's name under target/hostile
 * @param family the class of damage (for the report and docs/reliability.md)
 * @param expect the outcome class
 * @param message matched (case-insensitively, anywhere) against the error line for REFUSED, against the warning
 *     lines for WARNED
 * @param setup makes the damaged inputs from the real shared files and returns the invocation
 */
record HostileCase(String name, String family, Expect expect, Pattern message, Setup setup) {

  /** The outcome classes of the contract. Exit code 1 (internal error) is never acceptable. */
  enum Expect {
    /** Exit 2; one line on stderr, {@code harness: error: <file>[:<line>]: <problem>. Fix: <fix>}; nothing left. */
    REFUSED,
    /** Exit 0; counts identical to the clean run (warnings allowed). */
    SAME,
    /** Exit 0; counts identical to the clean run, or a warning matching the pattern. */
    ACCEPTED,
    /** Exit 0 and a warning matching the pattern (the counts may move: the warning says why). */
    WARNED,
    /** Exit 0, a warning matching the pattern, and counts identical to the clean run. */
    WARNED_SAME,
    /** Either REFUSED, or WARNED (exit 0 with a warning matching the pattern). */
    REFUSED_OR_WARNED,
    /** Either REFUSED or ACCEPTED, each with its full contract (the issue does not prescribe which). */
    EITHER
  }

  /** Writes the damaged inputs into {@code dir} and says how to run the harness on them. */
  @FunctionalInterface
  interface Setup {
    Invocation make(CaseDir dir) throws Exception;
  }

  static HostileCase of(String family, String name, Expect expect, String messageRegex, Setup setup) {
    return new HostileCase(name, family, expect, Pattern.compile(messageRegex, Pattern.CASE_INSENSITIVE), setup);
  }

  @Override
  public String toString() {
    return family + "/" + name;
  }
}
