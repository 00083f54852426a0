package org.beaconportal.publications.api;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.publications.PublicationsModule;
import org.beaconportal.publications.application.DownloadStatistics;
import org.beaconportal.publications.domain.PublicationFile;

/**
 * Counted downloads: {@code /publications/download/{fileId}/{name}} adds one to the file's count
 * for this month (nothing else is recorded) and redirects to the file in core's {@code /files}.
 */
@WebServlet("/publications/download/*")
public class PublicationDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/[^/]+");

    @Inject
    transient DownloadStatistics downloads;

    @Inject
    transient ModuleRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        if (m == null || !m.matches() || !registry.isEnabled(PublicationsModule.ID)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<PublicationFile> file = downloads.count(Long.parseLong(m.group(1)));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + file.get().getFilePath());
    }
}
