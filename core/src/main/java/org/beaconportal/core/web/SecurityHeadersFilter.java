package org.beaconportal.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Sets security headers on every response and refuses cross-site form posts.
 *
 * <p>Faces pages get their Content-Security-Policy from PrimeFaces (which adds a per-request nonce
 * to {@code script-src}); every other response gets the strict policy below. A {@code POST},
 * {@code PUT}, {@code PATCH} or {@code DELETE} whose {@code Sec-Fetch-Site} or {@code Origin} shows
 * another site is refused with 403, except for paths that are cross-site by design (RFC 8058
 * one-click unsubscribe), which protect themselves with signed tokens.
 *
 * <p>Everything under {@value #EMBED_PREFIX} is meant to be shown inside other sites' pages (a
 * chart embedded by a partner, say): those responses may be framed by anyone, and whatever serves
 * them must set no cookie. Every other response forbids framing.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy for responses that are not Faces pages. */
    public static final String STRICT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Sent on every response over HTTPS (directly or through a proxy that says so). */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Path prefix of responses that other sites may frame. */
    public static final String EMBED_PREFIX = "/embed/";

    /** The strict policy, but framable by any site: for {@value #EMBED_PREFIX} responses. */
    public static final String EMBED_POLICY = STRICT_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *");

    private static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Paths that accept cross-site posts because a signed token protects them (exact match). */
    private static final Set<String> CROSS_SITE_ALLOWED = Set.of("/api/v1/newsletter/unsubscribe");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (isEmbeddable(path)) {
            response.setHeader("Content-Security-Policy", EMBED_POLICY);
        } else {
            response.setHeader("X-Frame-Options", "DENY");
            if (!isFacesPage(path)) {
                response.setHeader("Content-Security-Policy", STRICT_POLICY);
            }
        }
        if (UNSAFE_METHODS.contains(request.getMethod()) && isCrossSite(request) && !crossSiteAllowed(path)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Pages rendered by Faces, whose policy PrimeFaces writes with a nonce. */
    static boolean isFacesPage(String path) {
        return !PortalRoutingFilter.isPassThrough(path) || path.endsWith(".xhtml");
    }

    static boolean isEmbeddable(String path) {
        return path.startsWith(EMBED_PREFIX);
    }

    static boolean crossSiteAllowed(String path) {
        return CROSS_SITE_ALLOWED.contains(path);
    }

    /** True when the browser says the request comes from another site. */
    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.toLowerCase(Locale.ROOT);
            return !(site.equals("same-origin") || site.equals("none"));
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host == null || !host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
