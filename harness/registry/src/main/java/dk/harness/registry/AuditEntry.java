package dk.harness.registry;

/**
 * One line of the audit log.
 *
 * @param id its position in the log (increasing)
 * @param at ISO-8601 UTC
 * @param actor who did it ({@link User#actor()}, or {@code anonymous <ip>} / {@code system})
 * @param action what kind of event, e.g. {@code login}, {@code login-refused}, {@code upload}, {@code refusal}
 * @param target what it was done to, e.g. {@code submission 12}
 * @param detail more, for people; never a secret
 */
public record AuditEntry(long id, String at, String actor, String action, String target, String detail) {
}
