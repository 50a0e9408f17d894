package dk.harness.registry;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password and token hashing (bcrypt, Spring Security's implementation) and random secrets. Only hashes are
 * stored; a secret is shown once, when it is made. Thread-safe.
 */
public final class Secrets {
  /** The prefix of every API token, so a leaked one is recognisable (and greppable in a scanner's rules). */
  public static final String TOKEN_PREFIX = "hrn_";

  private final SecureRandom random = new SecureRandom();
  private final BCryptPasswordEncoder bcrypt;
  /** Compared against when a login is unknown, so that a wrong login costs as much time as a wrong password. */
  private final String decoy;

  /** @param strength bcrypt's log2 cost (10 is its default; tests may use 4) */
  public Secrets(int strength) {
    this.bcrypt = new BCryptPasswordEncoder(strength, random);
    this.decoy = bcrypt.encode(newSecret());
  }

  public String hash(String secret) {
    return bcrypt.encode(secret);
  }

  /** Whether {@code secret} matches {@code hash}; a null hash (no password set) never matches, in bcrypt's time. */
  public boolean matches(String secret, String hash) {
    if (secret == null) {
      return false;
    }
    if (hash == null) {
      bcrypt.matches(secret, decoy);
      return false;
    }
    return bcrypt.matches(secret, hash);
  }

  /** 32 random bytes, base64url without padding (43 characters: within bcrypt's 72-byte input). */
  public String newSecret() {
    final byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** A token id: 12 hex characters, not secret (it names the token in lists and the audit log). */
  String newTokenId() {
    final byte[] b = new byte[6];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
