package dk.harness.server;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client like a browser without script (cookies kept, redirects not followed so tests see them), or like curl
 * with an API token. Reads the CSRF token from the last page's forms, as a browser submitting them would send it.
 */
final class HttpSession {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
  private final String base;
  private final HttpClient client;
  private String bearer;
  private String csrf;

  /** A response: status, headers, body. */
  record Response(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return String.join(", ", e.getValue());
        }
      }
      return null;
    }

    List<String> headers(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue();
        }
      }
      return List.of();
    }
  }

  HttpSession(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Uses an API token (Authorization: Bearer) on every request from now on. */
  HttpSession bearer(String token) {
    this.bearer = token;
    return this;
  }

  /** The CSRF token of the last page that had a form, or null. */
  String csrf() {
    return csrf;
  }

  Response login(String login, String password) throws Exception {
    get("/login");
    return postForm("/login", Map.of("login", login, "password", password, "csrf", csrf));
  }

  Response get(String path) throws Exception {
    return send(request(path).GET().build());
  }

  Response getJson(String path) throws Exception {
    return send(request(path).header("Accept", "application/json").GET().build());
  }

  Response postForm(String path, Map<String, String> fields) throws Exception {
    final StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(sb.toString())).build());
  }

  /** A form with the page's CSRF token added. */
  Response postFormWithCsrf(String path, Map<String, String> fields) throws Exception {
    final Map<String, String> m = new LinkedHashMap<>(fields);
    m.put("csrf", csrf);
    return postForm(path, m);
  }

  /** One file of a multipart form: its field, the file name the client sends, and its bytes. */
  record FilePart(String field, String fileName, byte[] bytes) {
    static FilePart of(String field, Path file) throws Exception {
      return new FilePart(field, file.getFileName().toString(), Files.readAllBytes(file));
    }
  }

  Response postMultipart(String path, Map<String, String> fields, List<FilePart> files) throws Exception {
    final String boundary = "----harness" + UUID.randomUUID();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
          + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    for (FilePart f : files) {
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\""
          + f.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(f.bytes());
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
  }

  private HttpRequest.Builder request(String path) {
    final HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b;
  }

  private Response send(HttpRequest req) throws Exception {
    final HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
    final Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return new Response(r.statusCode(), r.headers().map(), r.body());
  }
}
