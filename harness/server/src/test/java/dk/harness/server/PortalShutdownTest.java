package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.registry.DemoPortal;
import dk.harness.simulate.CohortLayout;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop lets an upload in progress finish, refuses new requests, and leaves no partial files. */
class PortalShutdownTest {
  @TempDir
  Path dir;

  @Test
  void anUploadStreamingInWhenTheServerStopsIsFinishedAndKept() throws Exception {
    final TestPortal p = new TestPortal(dir.resolve("data"));
    final String token = p.registry.accounts().createToken("test", p.registry.accounts().user("north-user")
        .orElseThrow(), "slow");
    final String boundary = "----harness-slow";
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"round\"\r\n\r\n" + DemoPortal.ROUND
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"sample\"\r\n\r\nHG002\r\n")
        .getBytes(StandardCharsets.UTF_8));
    for (String[] part : new String[][] {{"vcf", CohortLayout.queryVcf("north", "HG002")},
        {"index", CohortLayout.queryVcf("north", "HG002") + ".tbi"}}) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"; filename=\"f\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(Files.readAllBytes(p.demo.cohort().resolve(part[1])));
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"spec\"; filename=\"s.yaml\"\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    try (InputStream in = DemoPortal.spec("north")) {
      body.write(in.readAllBytes());
    }
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    final byte[] bytes = body.toByteArray();
    // About five seconds to send, in small pieces.
    final long pause = Math.max(1, 5000L * 512 / bytes.length);
    final HttpRequest req = HttpRequest.newBuilder(URI.create(p.base() + "/api/submissions"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Slow(new java.io.ByteArrayInputStream(bytes),
            pause))).build();
    final CompletableFuture<HttpResponse<String>> upload = HttpClient.newHttpClient()
        .sendAsync(req, HttpResponse.BodyHandlers.ofString());
    for (int i = 0; i < 200 && p.server.inFlight.get() == 0 && !upload.isDone(); i++) {
      Thread.sleep(20);
    }
    assertEquals(1, p.server.inFlight.get(), "the upload is in progress (done already: " + upload.isDone() + ")");
    final String base = p.base();
    p.server.close();
    final HttpResponse<String> r = upload.get();
    assertEquals(201, r.statusCode(), r.body());
    int after;
    try {
      after = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode();
    } catch (IOException e) {
      after = -1;
    }
    assertTrue(after == -1 || after == 503, "stopped: " + after);
    assertEquals(1, p.registry.submissions().list("north").size());
    try (Stream<Path> tmp = Files.walk(p.data.resolve("tmp"))) {
      assertTrue(tmp.noneMatch(Files::isRegularFile), "no partial files");
    }
    p.registry.close();
  }

  /** Hands out at most 512 bytes per read, pausing before each. */
  private static final class Slow extends FilterInputStream {
    private final long pause;

    Slow(InputStream in, long pause) {
      super(in);
      this.pause = pause;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      return super.read(b, off, Math.min(len, 512));
    }
  }
}
