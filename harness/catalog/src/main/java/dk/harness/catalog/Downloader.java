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

  /** Default for {@link #stallTimeout()}. */
  public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client;
  private final String fromPrefix;
  private final String toPrefix;
  private final Duration stallTimeout;

  private Downloader(HttpClient client, String fromPrefix, String toPrefix, Duration stallTimeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.fromPrefix = fromPrefix;
    this.toPrefix = toPrefix;
    if (stallTimeout.isNegative() || stallTimeout.isZero()) {
      throw new IllegalArgumentException("stall timeout must be positive: " + stallTimeout);
    }
    this.stallTimeout = stallTimeout;
  }

  /** Downloads from the URLs as written in the catalogue (follows redirects, 30 s connect timeout). */
  public static Downloader direct() {
    return new Downloader(defaultClient(), null, null, DEFAULT_STALL_TIMEOUT);
  }

  /**
   * Downloads from a mirror: URLs starting with {@code from} are fetched from {@code to} + the rest of the URL.
   * Other URLs are fetched as written.
   */
  public static Downloader mirror(HttpClient client, URI from, URI to) {
    return new Downloader(client, withSlash(from), withSlash(to), DEFAULT_STALL_TIMEOUT);
  }

  /** A client as {@link #direct()} uses. */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build();
  }

  /**
   * A copy that gives up on a server when it sends no response, or no body data, for {@code timeout}; the partial
   * download is kept for resuming.
   */
  public Downloader withStallTimeout(Duration timeout) {
    return new Downloader(client, fromPrefix, toPrefix, timeout);
  }

  /** How long a response or body may stay silent before the download is abandoned (default 60 s). */
  public Duration stallTimeout() {
    return stallTimeout;
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
