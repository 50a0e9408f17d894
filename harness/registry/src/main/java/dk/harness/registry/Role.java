package dk.harness.registry;

import java.util.Locale;

/** What a user may do (docs/portal.md, "Roles"). */
public enum Role {
  /** A regional unit: submits, and sees only its own submissions and results. */
  UNIT,
  /** The council: reads every unit's results, and the council report once a round is published. */
  COUNCIL,
  /** Manages units, users, tokens and rounds; starts runs. */
  OPERATOR;

  /** The name stored in the database and shown on pages ({@code unit}, {@code council}, {@code operator}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role with this label; throws {@link RegistryException} for any other text. */
  public static Role of(String label) {
    for (Role r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new RegistryException("unknown role '" + label + "'", "use unit, council or operator");
  }
}
