package dk.harness.registry;

/**
 * The thing asked for does not exist, or the asker may not know that it does: callers answer both the same way
 * (404), so that ids of other units' submissions cannot be probed.
 */
public final class NotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what + " not found", null);
  }
}
