package dk.harness.registry;

/**
 * A request the registry refuses because of its input (an unknown unit, a taken login, a closed round, ...): the
 * message says what is wrong, {@link #fix()} what to do. Never a bug; callers show both to the person who asked.
 */
public class RegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String fix;

  public RegistryException(String message, String fix) {
    super(message);
    this.fix = fix;
  }

  /** What to do about it; may be null. */
  public String fix() {
    return fix;
  }
}
