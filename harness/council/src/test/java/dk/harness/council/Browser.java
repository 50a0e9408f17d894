package dk.harness.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket from java.net.http): open a page, collect
 * console messages, exceptions and network requests, evaluate JavaScript, take screenshots. Every wait is
 * bounded. For tests only.
 */
final class Browser implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration CALL = Duration.ofSeconds(30);

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private String session;

  private Browser(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Starts Chromium headless (the flags the issue names, plus a private profile) and connects to it. */
  static Browser launch(Path binary, Path profile) throws Exception {
    final List<String> cmd = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "about:blank");
    final Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    final CompletableFuture<String> url = new CompletableFuture<>();
    final StringBuilder log = new StringBuilder();
    final Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (log) {
            log.append(line).append('\n');
          }
          final Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        url.completeExceptionally(e);
      }
      url.completeExceptionally(new IOException("chromium exited before listening"));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    final String ws;
    try {
      ws = url.get(START.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
      synchronized (log) {
        throw new IOException("chromium did not start: " + e + "\n" + log, e);
      }
    }
    final Browser[] self = new Browser[1];
    final WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(START)
        .buildAsync(URI.create(ws), new WebSocket.Listener() {
          private final StringBuilder buf = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            buf.append(data);
            if (last) {
              final String msg = buf.toString();
              buf.setLength(0);
              self[0].receive(msg);
            }
            w.request(1);
            return null;
          }
        }).get(START.toSeconds(), TimeUnit.SECONDS);
    final Browser b = new Browser(p, socket);
    self[0] = b;
    return b;
  }

  private void receive(String msg) {
    final JsonNode n;
    try {
      n = json.readTree(msg);
    } catch (IOException e) {
      return;
    }
    if (n.has("id")) {
      final CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
      if (f != null) {
        f.complete(n);
      }
    } else {
      synchronized (events) {
        events.add(n);
        events.notifyAll();
      }
    }
  }

  /** Sends a command (to the attached page once {@link #open} was called) and waits for its result. */
  JsonNode call(String method, ObjectNode params) throws Exception {
    final int id = ids.incrementAndGet();
    final ObjectNode msg = json.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", params == null ? json.createObjectNode() : params);
    if (session != null && !method.startsWith("Target.") && !method.startsWith("Browser.")) {
      msg.put("sessionId", session);
    }
    final CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(json.writeValueAsString(msg), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
    final JsonNode r = f.get(CALL.toSeconds(), TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new IOException(method + " failed: " + r.get("error"));
    }
    return r.get("result");
  }

  ObjectNode params() {
    return json.createObjectNode();
  }

  /**
   * Opens {@code url} in a new page of the given size, with console, log and network events recorded, and waits
   * for its load event (then a short settle for late errors).
   */
  void open(String url, int width, int height) throws Exception {
    final String target = call("Target.createTarget", params().put("url", "about:blank")).get("targetId")
        .asText();
    session = call("Target.attachToTarget", params().put("targetId", target).put("flatten", true))
        .get("sessionId").asText();
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
      call(domain + ".enable", null);
    }
    call("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", false));
    call("Page.navigate", params().put("url", url));
    final long deadline = System.nanoTime() + CALL.toNanos();
    synchronized (events) {
      while (events.stream().noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
        final long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IOException("the page did not load within " + CALL);
        }
        events.wait(Math.max(1, left / 1_000_000));
      }
    }
    Thread.sleep(500);
  }

  /** Evaluates a JavaScript expression in the page and returns its value. */
  JsonNode eval(String expression) throws Exception {
    final JsonNode r = call("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** A PNG of the viewport. */
  byte[] screenshot() throws Exception {
    final JsonNode r = call("Page.captureScreenshot", params().put("format", "png"));
    return java.util.Base64.getDecoder().decode(r.get("data").asText());
  }

  /** Console errors and warnings, uncaught exceptions and log errors (e.g. CSP violations), as text. */
  List<String> problems() {
    final List<String> out = new ArrayList<>();
    synchronized (events) {
      for (JsonNode e : events) {
        final String m = e.path("method").asText();
        final JsonNode p = e.path("params");
        if ("Runtime.exceptionThrown".equals(m)) {
          out.add("exception: " + p.path("exceptionDetails"));
        } else if ("Runtime.consoleAPICalled".equals(m)
            && List.of("error", "warning", "assert").contains(p.path("type").asText())) {
          out.add("console " + p.path("type").asText() + ": " + p.path("args"));
        } else if ("Log.entryAdded".equals(m) && List.of("error", "warning").contains(p.path("entry")
            .path("level").asText())) {
          out.add("log " + p.path("entry").path("level").asText() + ": " + p.path("entry").path("text").asText()
              + " " + p.path("entry").path("url").asText());
        }
      }
    }
    return out;
  }

  /** URLs of every request the page made. */
  List<String> requests() {
    final List<String> out = new ArrayList<>();
    synchronized (events) {
      for (JsonNode e : events) {
        if ("Network.requestWillBeSent".equals(e.path("method").asText())) {
          out.add(e.path("params").path("request").path("url").asText());
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      call("Browser.close", null);
    } catch (Exception e) {
      // closing anyway below
    }
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
