package dk.harness.registry;

/** The asker may not do this (403). Thrown only where the asker may know the thing exists. */
public final class ForbiddenException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message, null);
  }
}
