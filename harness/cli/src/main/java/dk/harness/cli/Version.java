package dk.harness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The harness version, from the jar manifest or the build-generated {@code version.properties}; "dev" otherwise. */
public final class Version {
  private Version() {
  }

  /** The version string; never null. */
  public static String get() {
    final String manifest = Version.class.getPackage().getImplementationVersion();
    if (manifest != null && !manifest.isBlank()) {
      return manifest;
    }
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        final Properties p = new Properties();
        p.load(in);
        final String v = p.getProperty("version");
        // An unfiltered resource (e.g. run from an IDE) still holds the placeholder.
        if (v != null && !v.isBlank() && !v.contains("${")) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      // fall through: the version is informative only
    }
    return "dev";
  }

  /** Feeds {@code harness --version}. */
  public static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"harness " + get()};
    }
  }
}
