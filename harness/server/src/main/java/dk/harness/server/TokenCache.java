package dk.harness.server;

import dk.harness.registry.Registry;
import dk.harness.registry.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers API tokens bcrypt has verified for a minute, so a script's many requests do not each cost a bcrypt
 * check. Keyed by the token's sha256 (the token itself is never kept). Any revocation or user change clears it,
 * so a revoked token stops working at once. Thread-safe.
 */
final class TokenCache {
  private static final Duration TTL = Duration.ofMinutes(1);
  private final Registry registry;
  private final Clock clock;
  private final Map<String, Entry> verified = new ConcurrentHashMap<>();

  private record Entry(long userId, Instant until) {
  }

  TokenCache(Registry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  Optional<User> user(String token) {
    final String key = sha256(token);
    final Entry e = verified.get(key);
    final Instant now = clock.instant();
    if (e != null && e.until().isAfter(now)) {
      return registry.accounts().user(e.userId()).filter(User::active);
    }
    final Optional<User> u = registry.accounts().userOfToken(token);
    u.ifPresent(x -> verified.put(key, new Entry(x.id(), now.plus(TTL))));
    return u;
  }

  void clear() {
    verified.clear();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
