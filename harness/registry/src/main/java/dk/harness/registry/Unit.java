package dk.harness.registry;

/**
 * A regional unit.
 *
 * @param id its id, a folder name ({@link Names#ID}), as plans and the history name it
 * @param name its name for people
 * @param createdAt ISO-8601 UTC
 */
public record Unit(String id, String name, String createdAt) {
}
