package dk.harness.server;

import dk.harness.registry.Role;
import dk.harness.registry.User;

/** Who may call a route at all (before any per-resource check). */
public enum Need {
  /** Anyone, logged in or not: the log-in page, health, the style sheet. */
  ANYONE,
  /** Any logged-in user. */
  USER,
  /** A unit's user. */
  UNIT,
  /** An operator. */
  OPERATOR;

  /** Whether {@code u} (null: anonymous) meets this. */
  public boolean admits(User u) {
    return switch (this) {
      case ANYONE -> true;
      case USER -> u != null && u.active();
      case UNIT -> u != null && u.active() && u.role() == Role.UNIT;
      case OPERATOR -> u != null && u.active() && u.role() == Role.OPERATOR;
    };
  }
}
