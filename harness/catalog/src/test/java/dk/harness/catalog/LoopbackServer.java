package dk.harness.catalog;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny HTTP server on 127.0.0.1 (ephemeral port) serving byte arrays by path, for download tests. It honours
 * {@code Range: bytes=N-} unless told not to, and can break a response off half way once per path. Every request is
 * recorded. Thread-safe enough for the single-client tests.
 */
final class LoopbackServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  /** One request as received. @param range the Range header, or null */
  record Request(String path, String range) {}

  private final HttpServer server;
  private final Map<String, byte[]> files = Collections.synchronizedMap(new HashMap<>());
  private final Map<String, Integer> breakAfter = Collections.synchronizedMap(new HashMap<>());
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean honourRange = true;

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Base URL, ending in '/'. */
  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  void put(String path, byte[] content) {
    files.put(path.startsWith("/") ? path : "/" + path, content);
  }

  /** The next GET of {@code path} sends all headers but only {@code bytes} bytes of the body, then drops. */
  void breakOnceAfter(String path, int bytes) {
    breakAfter.put(path.startsWith("/") ? path : "/" + path, bytes);
  }

  void honourRange(boolean b) {
    honourRange = b;
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    final String path = ex.getRequestURI().getPath();
    final String range = ex.getRequestHeaders().getFirst("Range");
    requests.add(new Request(path, range));
    final byte[] body = files.get(path);
    if (body == null) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    int from = 0;
    int status = 200;
    if (range != null && honourRange) {
      final Matcher m = RANGE.matcher(range);
      if (m.matches()) {
        from = Integer.parseInt(m.group(1));
        if (from >= body.length) {
          ex.getResponseHeaders().add("Content-Range", "bytes */" + body.length);
          ex.sendResponseHeaders(416, -1);
          ex.close();
          return;
        }
        status = 206;
        ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
      }
    }
    final int len = body.length - from;
    ex.sendResponseHeaders(status, len == 0 ? -1 : len);
    final Integer cut = breakAfter.remove(path);
    try (OutputStream out = ex.getResponseBody()) {
      if (cut != null) {
        out.write(body, from, Math.min(cut, len));
        out.flush();
        // Drop the connection with the promised length unfulfilled, like a network failure.
        throw new IOException("simulated break");
      }
      out.write(body, from, len);
    } catch (IOException e) {
      if (cut == null) {
        throw e;
      }
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
