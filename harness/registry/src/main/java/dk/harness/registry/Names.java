package dk.harness.registry;

import java.util.regex.Pattern;

/** The shapes of names the registry accepts. Anything that ends up in a path or a plan is one of these. */
public final class Names {
  /** Unit, round and truth-set ids and samples: they become folder names in run folders, so no '/', no '..'. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** Log-in names. */
  public static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  /** Shortest password accepted. */
  public static final int MIN_PASSWORD = 12;

  private Names() {
  }

  /** Returns {@code value} when it is an {@link #ID}, else throws naming {@code what}. */
  public static String id(String what, String value) {
    if (value == null || !ID.matcher(value).matches() || value.contains("..")) {
      throw new RegistryException(what + " '" + shown(value) + "' is not a valid id",
          "use letters, digits, '.', '_' and '-' (at most 64, starting with a letter or digit)");
    }
    return value;
  }

  /** The value cut to 80 characters, for messages (it may be hostile, but pages escape it). */
  static String shown(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > 80 ? value.substring(0, 80) + "..." : value;
  }
}
