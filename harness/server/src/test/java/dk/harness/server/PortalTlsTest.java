package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS from a PEM key pair made by openssl (skipped where there is no openssl). */
class PortalTlsTest {
  @TempDir
  Path dir;

  @Test
  void theServerSpeaksTlsFromAPemKeyPairAndMarksCookiesSecure() throws Exception {
    final Path key = dir.resolve("key.pem");
    final Path cert = dir.resolve("cert.pem");
    final Process p;
    try {
      p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
          "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost", "-addext",
          "subjectAltName=DNS:localhost,IP:127.0.0.1").redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("no openssl here: " + e.getMessage());
      return;
    }
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "openssl made the key pair");
    try (TestPortal portal = new TestPortal(dir.resolve("data"), false, c -> c.withTls(cert, key))) {
      final KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      try (InputStream in = Files.newInputStream(cert)) {
        trust.setCertificateEntry("portal", CertificateFactory.getInstance("X.509").generateCertificate(in));
      }
      final TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      final SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      final HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();
      final String base = "https://localhost:" + portal.server.port();
      final HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, login.statusCode());
      assertTrue(login.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("; Secure")),
          login.headers().allValues("Set-Cookie").toString());
      assertTrue(login.headers().firstValue("Strict-Transport-Security").isPresent());
      // Plain HTTP on the TLS port is not served.
      int plain;
      try {
        plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
            + portal.server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
      } catch (java.io.IOException e) {
        plain = -1;
      }
      assertTrue(plain != 200, "plain HTTP answered " + plain);
    }
  }
}
