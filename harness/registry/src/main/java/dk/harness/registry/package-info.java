/**
 * The submission portal's data and rules, with no HTTP in it: units, users and their roles, password and API-token
 * hashes, submissions (immutable, content-addressed files and their intake results), rounds and the plan a round
 * makes, who may see what ({@link dk.harness.registry.Access}), and the append-only audit log. One SQLite database
 * per server ({@value dk.harness.registry.Registry#DB_FILE} in the server's data folder). Used by
 * {@code harness serve} and by {@code harness plan --from-round}.
 */
package dk.harness.registry;
