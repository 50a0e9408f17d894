package dk.harness.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed log-ins: at most {@code attempts} failures per log-in name, and ten times that per client address,
 * within {@code window}; beyond that every attempt is refused (429) without checking the password, until old
 * failures leave the window. Per name stops one account being guessed from many addresses; per address (looser,
 * as many people may share a proxy) stops one address spraying many names. Thread-safe.
 */
final class LoginLimiter {
  private final int attempts;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginLimiter(int attempts, Duration window, Clock clock) {
    this.attempts = attempts;
    this.window = window;
    this.clock = clock;
  }

  /** Whether an attempt from {@code ip} for {@code login} may be checked now. */
  boolean allowed(String ip, String login) {
    return count("ip " + ip) < 10 * attempts && count("login " + norm(login)) < attempts;
  }

  void failed(String ip, String login) {
    add("ip " + ip);
    add("login " + norm(login));
  }

  private static String norm(String login) {
    return login == null ? "" : login.toLowerCase(Locale.ROOT);
  }

  private int count(String key) {
    final Deque<Instant> d = failures.get(key);
    if (d == null) {
      return 0;
    }
    synchronized (d) {
      final Instant oldest = clock.instant().minus(window);
      while (!d.isEmpty() && d.peekFirst().isBefore(oldest)) {
        d.pollFirst();
      }
      return d.size();
    }
  }

  private void add(String key) {
    final Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(clock.instant());
      // Bounded: only the newest failures up to the larger limit matter.
      while (d.size() > 10 * attempts) {
        d.pollFirst();
      }
    }
  }
}
