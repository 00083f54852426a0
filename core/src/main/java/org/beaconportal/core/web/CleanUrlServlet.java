package org.beaconportal.core.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default servlet ({@code /}): renders the Faces view behind a clean URL, or answers 404.
 * {@code /a/b} renders {@code /a/b.xhtml} or {@code /a/b/index.xhtml}; {@code /} renders
 * {@code /index.xhtml}. When neither exists and the folder has a {@code slug.xhtml} view, that view
 * renders {@code /a/b} with {@code b} in the request attribute {@link #SLUG_ATTRIBUTE}: this is how
 * content items get their URLs ({@code /pages/about}). The language prefix was already taken off
 * by {@link PortalRoutingFilter}.
 */
public class CleanUrlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Request attribute holding the slug of a content URL. */
    public static final String SLUG_ATTRIBUTE = "beacon.slug";

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final transient Map<String, Optional<String>> views = new ConcurrentHashMap<>();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object path = request.getAttribute(Language.PATH_ATTRIBUTE);
        Optional<String> view = path instanceof String p ? resolve(p) : Optional.empty();
        if (view.isEmpty() && path instanceof String p) {
            int slash = p.lastIndexOf('/');
            String slug = p.substring(slash + 1);
            if (slash > 0 && SLUG.matcher(slug).matches()) {
                view = slugView(p.substring(0, slash));
                view.ifPresent(v -> request.setAttribute(SLUG_ATTRIBUTE, slug));
            }
        }
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view.get()).forward(request, response);
    }

    private Optional<String> slugView(String folder) {
        return views.computeIfAbsent(folder + "/*", f -> exists(folder + "/slug.xhtml"));
    }

    private Optional<String> exists(String candidate) {
        try {
            return getServletContext().getResource(candidate) != null ? Optional.of(candidate) : Optional.empty();
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    private Optional<String> resolve(String path) {
        if (path.contains("..") || path.contains("/WEB-INF") || path.contains("/META-INF")) {
            return Optional.empty();
        }
        return views.computeIfAbsent(path, p -> {
            if (p.equals("/")) {
                return Optional.of("/index.xhtml");
            }
            for (String candidate : new String[] {p + ".xhtml", p + "/index.xhtml"}) {
                try {
                    if (getServletContext().getResource(candidate) != null) {
                        return Optional.of(candidate);
                    }
                } catch (MalformedURLException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        });
    }
}
