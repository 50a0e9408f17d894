package dk.harness.server;

import dk.harness.registry.RegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** TLS from a PEM key pair (certificate chain and unencrypted PKCS#8 key, e.g. from certbot or openssl). */
final class PemTls {
  private PemTls() {
  }

  static Connector connector(Server server, HttpConfiguration http, ServerConfig config) {
    final SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(keyStore(config));
    ssl.setKeyStorePassword("");
    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    final HttpConfiguration https = new HttpConfiguration(http);
    https.addCustomizer(new SecureRequestCustomizer());
    final ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
        new HttpConnectionFactory(https));
    c.setHost(config.host());
    c.setPort(config.port());
    return c;
  }

  static KeyStore keyStore(ServerConfig config) {
    if (config.tlsKey() == null) {
      throw new RegistryException("tls.cert is set but tls.key is not", "give both PEM files, or neither");
    }
    try {
      final List<Certificate> chain;
      try (InputStream in = Files.newInputStream(config.tlsCert())) {
        chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
      }
      if (chain.isEmpty()) {
        throw new RegistryException("no certificate in " + config.tlsCert(), "give the PEM certificate chain");
      }
      final String pem = Files.readString(config.tlsKey(), StandardCharsets.US_ASCII);
      final int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
      final int end = pem.indexOf("-----END PRIVATE KEY-----");
      if (begin < 0 || end < 0) {
        throw new RegistryException("no unencrypted PKCS#8 key in " + config.tlsKey(), "convert it: openssl pkcs8 "
            + "-topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
      }
      final byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
      PrivateKey key = null;
      for (String alg : List.of("RSA", "EC", "Ed25519")) {
        try {
          key = KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
          break;
        } catch (GeneralSecurityException e) {
          // try the next algorithm
        }
      }
      if (key == null) {
        throw new RegistryException("the key in " + config.tlsKey() + " is not RSA, EC or Ed25519",
            "use an RSA or EC key");
      }
      final KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("portal", key, new char[0], chain.toArray(new Certificate[0]));
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new RegistryException("cannot read the TLS key pair (" + e.getMessage() + ")",
          "give a PEM certificate chain (tls.cert) and its PEM PKCS#8 key (tls.key)");
    }
  }
}
