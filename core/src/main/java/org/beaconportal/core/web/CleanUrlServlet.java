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
 * {@code /index.xhtml}. The language prefix was already taken off by {@link PortalRoutingFilter}.
 */
public class CleanUrlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Optional<String>> views = new ConcurrentHashMap<>();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object path = request.getAttribute(Language.PATH_ATTRIBUTE);
        Optional<String> view = path instanceof String p ? resolve(p) : Optional.empty();
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view.get()).forward(request, response);
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
