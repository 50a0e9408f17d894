package dk.harness.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --mirror} option of the download commands: an http(s) base URL that stands in for the origins. */
final class MirrorUrl {
  private MirrorUrl() {
  }

  /**
   * @throws CommandLine.ParameterException (a usage error, exit 2) when {@code mirror} is not an http(s) URL with a
   *     host
   */
  static URI parse(String mirror, CommandSpec spec) {
    try {
      final URI u = new URI(mirror);
      if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
        throw new URISyntaxException(mirror, "not an http(s) URL");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--mirror '" + mirror + "' is not an http(s) "
          + "URL");
    }
  }
}
