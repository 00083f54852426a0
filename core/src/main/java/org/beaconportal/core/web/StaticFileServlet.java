package org.beaconportal.core.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the small static files under {@code /static/} (icons and the like) from
 * {@code META-INF/resources/static} of the portal's jars, from memory, with long-lived caching.
 * The default servlet of this portal renders clean URLs, so static files need a servlet of their
 * own.
 */
public class StaticFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SIZE = 512 * 1024;

    private record StaticFile(byte[] content, String contentType, String etag) {}

    private final transient Map<String, Optional<StaticFile>> files = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        Optional<StaticFile> file = name == null || name.contains("..") ? Optional.empty() : load(name);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StaticFile found = file.get();
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("ETag", found.etag());
        if (found.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(found.contentType());
        response.setContentLength(found.content().length);
        response.getOutputStream().write(found.content());
    }

    private Optional<StaticFile> load(String name) {
        return files.computeIfAbsent(name, n -> {
            try (InputStream in = getServletContext().getResourceAsStream("/static" + n)) {
                if (in == null) {
                    return Optional.empty();
                }
                byte[] content = in.readNBytes(MAX_SIZE);
                String type = Optional.ofNullable(getServletContext().getMimeType(n))
                        .orElse(n.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
                return Optional.of(new StaticFile(
                        content, type, "\"" + Integer.toHexString(java.util.Arrays.hashCode(content)) + "\""));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }
}
