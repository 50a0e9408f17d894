/**
 * {@code harness serve}: the submission portal, a thin HTTP adapter (Javalin on Jetty, jte templates) over the
 * registry ({@link dk.harness.registry}), intake, the runner and the council report. Every rule about who may see
 * what lives in {@link dk.harness.registry.Access}; this package only asks it. See docs/portal.md.
 */
package dk.harness.server;
