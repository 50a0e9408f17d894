package dk.harness.server;

import dk.harness.registry.Role;
import dk.harness.registry.User;

/**
 * What every page's layout needs.
 *
 * @param title the page title
 * @param user the logged-in user, or null
 * @param csrf the session's CSRF token for forms, or null
 * @param message a notice to show (from a redirect's {@code msg}), or null; shown escaped
 */
public record PageModel(String title, User user, String csrf, String message) {
  public boolean isUnit() {
    return user != null && user.role() == Role.UNIT;
  }

  public boolean isOperator() {
    return user != null && user.role() == Role.OPERATOR;
  }

  public boolean isCouncil() {
    return user != null && user.role() == Role.COUNCIL;
  }
}
