package org.beaconportal.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.spi.PortalModule;

/**
 * Maps clean URLs to Faces views and sets the language from the URL.
 *
 * <ul>
 *   <li>{@code /es/...} is Spanish, everything else English; never a cookie or a header.
 *   <li>Paths of a disabled module ({@code /newsletter/...}, {@code /admin/newsletter/...}) answer 404.
 *   <li>A direct request for {@code *.xhtml} is redirected to its clean URL.
 * </ul>
 *
 * <p>The clean URL itself then reaches {@link CleanUrlServlet}, the default servlet, which renders
 * the view. Being a servlet request, it passes the container's security constraints of
 * {@code web.xml} first (a filter's forward would skip them).
 */
public class PortalRoutingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModuleRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isPassThrough(path)) {
            chain.doFilter(request, response);
            return;
        }
        Language.Split split = Language.split(path);
        request.setAttribute(Language.REQUEST_ATTRIBUTE, split.language());
        request.setAttribute(Language.PATH_ATTRIBUTE, cleanPath(split.path()));

        Optional<PortalModule> owner = registry.ownerOf(split.path());
        if (owner.isPresent() && !registry.isEnabled(owner.get().descriptor().id())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (split.path().endsWith(".xhtml")) {
            if ("GET".equals(request.getMethod())) {
                redirectToClean(request, response, split);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Requests the routing leaves alone: Faces resources, static and uploaded files, APIs, health. */
    static boolean isPassThrough(String path) {
        if (path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/api/")
                || path.equals("/health")
                || path.startsWith("/health/")
                || path.startsWith("/metrics")
                || path.startsWith("/openapi")
                || path.startsWith("/static/")
                || path.startsWith("/files/")
                || path.startsWith(SecurityHeadersFilter.EMBED_PREFIX)) {
            return true;
        }
        return namesAFile(path);
    }

    /** A path whose last segment is a file name ({@code /robots.txt}, {@code /feed.atom}), not a view. */
    static boolean namesAFile(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash && !path.endsWith(".xhtml");
    }

    /** {@code /a/b.xhtml} and {@code /a/index.xhtml} as clean paths ({@code /a/b}, {@code /a}). */
    static String cleanPath(String path) {
        String clean = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        if (clean.endsWith("/index")) {
            clean = clean.substring(0, clean.length() - "/index".length());
        }
        if (clean.length() > 1 && clean.endsWith("/")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean.isEmpty() ? "/" : clean;
    }

    private void redirectToClean(HttpServletRequest request, HttpServletResponse response, Language.Split split)
            throws IOException {
        String target = request.getContextPath() + split.language().localize(cleanPath(split.path()));
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", target);
    }
}
