package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.registry.DemoPortal;
import dk.harness.registry.Registry;
import dk.harness.registry.Secrets;
import dk.harness.simulate.CohortLayout;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal in a process of its own, killed with SIGKILL while an upload streams in, then started again on the same
 * data folder: the submission it had accepted before is intact (row, blob, checksum), the cut-off one left neither a
 * row nor a file.
 */
class PortalKillTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static List<Path> files(Path d) throws Exception {
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(d)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void killedMidUploadAndRestartedKeepsTheAcceptedSubmissionAndNoPartialOne() throws Exception {
    final Path data = dir.resolve("data");
    final String token;
    final DemoPortal.Setup demo;
    try (Registry reg = Registry.open(data, Clock.systemUTC())) {
      reg.accounts().useSecrets(new Secrets(4));
      demo = DemoPortal.create(reg, 11, 20_000, false);
      token = reg.accounts().createToken("test", reg.accounts().user("north-user").orElseThrow(), "kill");
    }
    final Path truth = demo.cohort().resolve("truth-sets.yaml");
    final Path vcf = demo.cohort().resolve(CohortLayout.queryVcf("north", "HG002"));
    final List<HttpSession.FilePart> parts;
    try (InputStream spec = DemoPortal.spec("north")) {
      parts = List.of(HttpSession.FilePart.of("vcf", vcf), HttpSession.FilePart.of("index",
          vcf.resolveSibling(vcf.getFileName() + ".tbi")), new HttpSession.FilePart("spec", "s.yaml",
          spec.readAllBytes()));
    }
    final String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(parts.get(0).bytes()));

    PortalProcessMain.Started first = PortalProcessMain.spawn(data, truth, demo.criteria(), 1L << 30);
    final long acceptedId;
    final List<Path> blobsBefore;
    try {
      final HttpSession curl = new HttpSession(first.base()).bearer(token);
      final HttpSession.Response ok = curl.postMultipart("/api/submissions", Map.of("round", DemoPortal.ROUND,
          "sample", "HG002"), parts);
      assertEquals(201, ok.status(), ok.body());
      acceptedId = JSON.readTree(ok.body()).get("id").asLong();
      blobsBefore = files(data.resolve("blobs"));
      assertFalse(blobsBefore.isEmpty());

      // A second upload of 8 MB of which the client sends 6 MB and then stops talking; once its bytes are landing
      // in the server's temporary files, the server is killed.
      final String boundary = "killboundary";
      final byte[] filler = new byte[8 << 20];
      java.util.Arrays.fill(filler, (byte) 'x');
      final byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"round\"\r\n\r\n"
          + DemoPortal.ROUND + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"sample\"\r\n\r\n"
          + "HG002\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"vcf\"; filename=\"big.vcf\"\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8);
      final long length = head.length + filler.length + 100;
      try (Socket s = new Socket("127.0.0.1", first.port())) {
        final OutputStream out = s.getOutputStream();
        out.write(("POST /api/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
            + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(head);
        out.write(filler, 0, 6 << 20);
        out.flush();
        long partial = 0;
        for (int i = 0; i < 200 && partial < (1 << 20); i++) {
          Thread.sleep(50);
          partial = files(data.resolve("tmp")).stream().mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(partial >= (1 << 20), "the upload was streaming to disk when the server was killed: " + partial
            + " bytes in " + files(data.resolve("tmp")));
        first.process().destroyForcibly().waitFor();
      }
      assertFalse(first.process().isAlive());
    } finally {
      first.process().destroyForcibly();
    }
    assertFalse(files(data.resolve("tmp")).isEmpty(), "the kill left the partial upload behind (for the restart "
        + "to clean)");

    final PortalProcessMain.Started second = PortalProcessMain.spawn(data, truth, demo.criteria(), 1L << 30);
    try {
      final HttpSession curl = new HttpSession(second.base()).bearer(token);
      final JsonNode list = JSON.readTree(curl.get("/api/submissions").body());
      assertEquals(1, list.size(), "exactly the accepted submission: " + list);
      assertEquals(acceptedId, list.get(0).get("id").asLong());
      assertTrue(list.get(0).get("accepted").asBoolean());
      assertEquals(sha, list.get(0).get("vcf_sha256").asText());
      assertEquals(blobsBefore, files(data.resolve("blobs")), "the blobs are as before the kill");
      final Path blob = blobsBefore.stream().filter(p -> p.getFileName().toString().equals(sha)).findFirst()
          .orElseThrow(() -> new AssertionError("the VCF's blob is named by its sha256: " + blobsBefore));
      assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(blob))), "the stored VCF is intact");
      assertEquals(List.of(), files(data.resolve("tmp")), "the restart removed the partial upload");
      final List<String> stray = new ArrayList<>();
      try (Stream<Path> s = Files.list(data.resolve("submissions"))) {
        s.filter(p -> p.getFileName().toString().startsWith(".staging-")).forEach(p -> stray.add(p.toString()));
      }
      assertEquals(List.of(), stray);
      // And it takes uploads again.
      assertEquals(201, curl.postMultipart("/api/submissions", Map.of("round", DemoPortal.ROUND, "sample",
          "HG002"), parts).status());
    } finally {
      second.process().destroy();
      second.process().waitFor();
    }
  }
}
