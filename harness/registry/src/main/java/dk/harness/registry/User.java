package dk.harness.registry;

import java.util.Objects;

/**
 * A person (or a script's account) who can log in.
 *
 * @param id database id
 * @param login the log-in name
 * @param role what the user may do
 * @param unit the owning unit's id for {@link Role#UNIT}, else null
 * @param active false once disabled (then neither password nor tokens work)
 */
public record User(long id, String login, Role role, String unit, boolean active) {
  public User {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(role, "role");
    if ((role == Role.UNIT) != (unit != null)) {
      throw new IllegalArgumentException("a unit user has a unit, and only a unit user has one: " + login);
    }
  }

  /** How the audit log names this user. */
  public String actor() {
    return login + " (" + role.label() + (unit != null ? " of " + unit : "") + ")";
  }
}
