package dk.harness.server;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions, in memory: a random id (the cookie) maps to the user and the session's CSRF token. A log-in
 * always makes a new id (no fixation); idle sessions expire; a restart logs everyone out (API tokens survive).
 * Thread-safe.
 */
final class Sessions {
  /** One session. */
  record Session(String id, long userId, String csrf, Instant lastSeen) {
  }

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Duration idle;
  private final Clock clock;

  Sessions(Duration idle, Clock clock) {
    this.idle = idle;
    this.clock = clock;
  }

  Session create(long userId) {
    final Session s = new Session(token(), userId, token(), clock.instant());
    byId.put(s.id(), s);
    return s;
  }

  /** The live session with this id, its idle time restarted; an expired one is dropped. */
  Optional<Session> get(String id) {
    if (id == null) {
      return Optional.empty();
    }
    final Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    final Instant now = clock.instant();
    if (s.lastSeen().plus(idle).isBefore(now)) {
      byId.remove(id);
      return Optional.empty();
    }
    final Session touched = new Session(s.id(), s.userId(), s.csrf(), now);
    byId.put(id, touched);
    return Optional.of(touched);
  }

  void remove(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** Ends every session of a user (disabled, or password changed). */
  void removeUser(long userId) {
    byId.values().removeIf(s -> s.userId() == userId);
  }

  /** Compares in constant time, so the CSRF token cannot be guessed byte by byte. */
  static boolean sameToken(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private String token() {
    final byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
