package dk.harness.catalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link TruthSetCache} reaches the network: an {@link HttpClient} plus an optional mirror that replaces a URL
 * prefix (so tests, or a local mirror of the GIAB FTP, can serve the files). Immutable; thread-safe as HttpClient is.
 */
public final class Downloader {
  /** The prefix of every GIAB URL in the catalogue. */
  public static final URI GIAB_FTP = URI.create("https://ftp-trace.ncbi.nlm.nih.gov/ReferenceSamples/giab/");

  private final HttpClient client;
  private final String fromPrefix;
  private final String toPrefix;

  private Downloader(HttpClient client, String fromPrefix, String toPrefix) {
    this.client = Objects.requireNonNull(client, "client");
    this.fromPrefix = fromPrefix;
    this.toPrefix = toPrefix;
  }

  /** Downloads from the URLs as written in the catalogue (follows redirects, 30 s connect timeout). */
  public static Downloader direct() {
    return new Downloader(defaultClient(), null, null);
  }

  /**
   * Downloads from a mirror: URLs starting with {@code from} are fetched from {@code to} + the rest of the URL.
   * Other URLs are fetched as written.
   */
  public static Downloader mirror(HttpClient client, URI from, URI to) {
    return new Downloader(client, withSlash(from), withSlash(to));
  }

  /** A client as {@link #direct()} uses. */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build();
  }

  HttpClient client() {
    return client;
  }

  /** Where {@code url} is actually fetched from. */
  public URI effective(URI url) {
    final String s = url.toString();
    if (fromPrefix != null && s.startsWith(fromPrefix)) {
      return URI.create(toPrefix + s.substring(fromPrefix.length()));
    }
    return url;
  }

  private static String withSlash(URI u) {
    final String s = u.toString();
    return s.endsWith("/") ? s : s + "/";
  }
}
