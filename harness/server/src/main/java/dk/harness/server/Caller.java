package dk.harness.server;

import dk.harness.registry.User;

/**
 * Who made a request: the user (null when anonymous) and how they proved it.
 *
 * @param user the user, or null
 * @param session the browser session, or null (anonymous or API token)
 * @param viaToken whether an API token was used (then no CSRF token is needed: nothing is sent by the browser on
 *     its own)
 */
record Caller(User user, Sessions.Session session, boolean viaToken) {
  static final Caller ANONYMOUS = new Caller(null, null, false);

  String csrf() {
    return session == null ? null : session.csrf();
  }

  String actor(String ip) {
    return user == null ? "anonymous " + ip : user.actor() + (viaToken ? " via token" : "");
  }
}
