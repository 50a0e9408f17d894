package dk.harness.registry;

/**
 * Who may see and do what (docs/portal.md, "Roles"). The one place these rules live: the server asks here for
 * every request, the CLI for its own. Stateless.
 */
public final class Access {
  private Access() {
  }

  /** Only operators manage units, users, tokens and rounds, and start runs. */
  public static boolean canManage(User u) {
    return u != null && u.active() && u.role() == Role.OPERATOR;
  }

  /** A unit user submits for its own unit only. */
  public static boolean canSubmit(User u, String unit) {
    return u != null && u.active() && u.role() == Role.UNIT && u.unit().equals(unit);
  }

  /** A unit sees its own submissions; the council and operators see all. */
  public static boolean canReadSubmission(User u, SubmissionRecord s) {
    return canSeeUnit(u, s.unit());
  }

  /** Whether {@code u} may see what belongs to {@code unit} (submissions, intake findings, results). */
  public static boolean canSeeUnit(User u, String unit) {
    if (u == null || !u.active()) {
      return false;
    }
    return u.role() != Role.UNIT || u.unit().equals(unit);
  }

  /**
   * A unit's results (verdicts, metrics) in a round that has run: the unit's own users at once, operators always,
   * the council once the round is published.
   */
  public static boolean canSeeResults(User u, Round r, String unit) {
    if (u == null || !u.active() || r.runDir() == null) {
      return false;
    }
    return switch (u.role()) {
      case OPERATOR -> true;
      case COUNCIL -> r.state() == Round.State.PUBLISHED;
      case UNIT -> u.unit().equals(unit);
    };
  }

  /**
   * The council report of a round: operators once it has run; the council once it is published; units once it
   * is published and the operator allows it.
   */
  public static boolean canSeeReport(User u, Round r) {
    if (u == null || !u.active() || !"done".equals(r.runState())) {
      return false;
    }
    return switch (u.role()) {
      case OPERATOR -> true;
      case COUNCIL -> r.state() == Round.State.PUBLISHED;
      case UNIT -> r.state() == Round.State.PUBLISHED && r.unitsMaySee();
    };
  }
}
