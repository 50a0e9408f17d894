package dk.harness.registry;

/**
 * An API token's record (never its secret).
 *
 * @param id the token's public id (part of the token text)
 * @param userId whose it is
 * @param login that user's log-in
 * @param label what the owner called it
 * @param createdAt ISO-8601 UTC
 * @param revokedAt ISO-8601 UTC, or null while it works
 */
public record ApiToken(String id, long userId, String login, String label, String createdAt, String revokedAt) {
}
