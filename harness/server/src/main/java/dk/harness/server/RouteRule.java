package dk.harness.server;

/**
 * One route of the portal and who may call it. {@link PortalRoutes#TABLE} lists them all: the server registers
 * exactly these, and an authorization-matrix test can walk the same list.
 *
 * @param method GET or POST
 * @param path Javalin path, with {@code {param}}s
 * @param need who may call it at all (checked before the handler: 401 anonymous, 403 otherwise)
 * @param ownership the per-resource check the handler applies
 * @param form whether it takes a form (POST): then a session caller must send the CSRF token
 * @param what for people
 */
public record RouteRule(String method, String path, Need need, Ownership ownership, boolean form, String what) {
}
