package org.beaconportal.core.web;

/**
 * The coarse part of the portal a request is for, as the request-latency metric labels it. A label
 * is one of a handful of fixed words, never the path or the query string: those may carry what a
 * reader searched for, a slug of a sensitive topic or a token.
 *
 * <pre>{@code
 * RouteGroup.of("/es/admin/content/12") // STAFF
 * RouteGroup.of("/search")             // PUBLIC
 * }</pre>
 */
public enum RouteGroup {
    /** Pages for readers: home, content pages, search, module pages, embeds. */
    PUBLIC("public"),
    /** The staff area and its login and logout pages. */
    STAFF("staff"),
    /** The area of logged-in companies. */
    COMPANY("company"),
    /** The REST API and other machine interfaces (OAI-PMH). */
    API("api"),
    /** Faces resources, static files, uploaded files and other documents with a file name (feeds, sitemap). */
    STATIC("static");

    private final String label;

    RouteGroup(String label) {
        this.label = label;
    }

    /** The value of the {@code route} label. */
    public String label() {
        return label;
    }

    /** The group of a path inside the application (no context path, no query string), in either language. */
    public static RouteGroup of(String path) {
        if (path == null || path.isEmpty()) {
            return PUBLIC;
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/static/") || path.startsWith("/files/")) {
            return STATIC;
        }
        if (isUnder(path, "/api") || isUnder(path, "/oai")) {
            return API;
        }
        String unlocalized = Language.split(path).path();
        if (isUnder(unlocalized, "/admin") || isUnder(unlocalized, "/login") || isUnder(unlocalized, "/logout")) {
            return STAFF;
        }
        if (isUnder(unlocalized, "/company")) {
            return COMPANY;
        }
        return PortalRoutingFilter.namesAFile(unlocalized) ? STATIC : PUBLIC;
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".xhtml");
    }
}
