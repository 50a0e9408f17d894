package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.testdata.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration file and the environment: order, relative paths, and loud refusals of what is misspelt. */
class ServerConfigTest {
  @Test
  void fileThenEnvironmentOverDefaultsWithPathsRelativeToTheFile() throws Exception {
    final Path dir = TestFiles.scratch("server-config");
    final Path file = dir.resolve("portal.properties");
    Files.writeString(file, String.join("\n", "port = 9443", "upload.limit = 1000", "tls.cert = tls/cert.pem",
        "tls.key = tls/key.pem", "cookies.secure = true", "proxy.forwarded = TRUE", "login.attempts = 7",
        "idle.timeout.seconds = 12", "host = 0.0.0.0", ""));
    final ServerConfig c = ServerConfig.defaults(dir.resolve("data")).with(file,
        Map.of("HARNESS_SERVE_PORT", "8443", "HARNESS_SERVE_LOGIN_WINDOW_MINUTES", "3", "PATH", "/bin"));
    assertEquals(8443, c.port(), "the environment wins over the file");
    assertEquals(1000, c.uploadLimit());
    assertEquals(dir.resolve("tls/cert.pem").toAbsolutePath().normalize(), c.tlsCert());
    assertEquals(dir.resolve("tls/key.pem").toAbsolutePath().normalize(), c.tlsKey());
    assertTrue(c.tls() && c.secureCookies() && c.trustForwarded());
    assertEquals(7, c.loginAttempts());
    assertEquals(Duration.ofMinutes(3), c.loginWindow());
    assertEquals(Duration.ofSeconds(12), c.idleTimeout());
    assertEquals("0.0.0.0", c.host());
    assertEquals(dir.resolve("data"), c.dataDir(), "not set: the default stays");
    final ServerConfig none = ServerConfig.defaults(dir).with(null, Map.of());
    assertEquals(ServerConfig.defaults(dir), none);
    assertFalse(none.trustForwarded(), "proxy headers are not trusted by default");
    assertEquals("127.0.0.1", none.host(), "listens on loopback by default");
  }

  @Test
  void misspeltKeysAndBadValuesAreRefusedNamingTheSetting() throws Exception {
    final Path dir = TestFiles.scratch("server-config-bad");
    final Path file = dir.resolve("portal.properties");
    Files.writeString(file, "upload.limt = 10\n");
    final IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
        () -> ServerConfig.defaults(dir).with(file, Map.of()));
    assertTrue(typo.getMessage().contains("unknown setting 'upload.limt'") && typo.getMessage().contains(
        "upload.limit"), typo.getMessage());
    Files.writeString(file, "cookies.secure = yes\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults(dir).with(file, Map.of()))
        .getMessage().contains("cookies.secure = 'yes' is not true or false"));
    Files.writeString(file, "port = 80a\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults(dir).with(file, Map.of()))
        .getMessage().contains("port = '80a' is not a whole number"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults(dir).with(null,
        Map.of("HARNESS_SERVE_PROXY_FORWARDED", "1"))).getMessage().contains("proxy.forwarded"));
  }
}
