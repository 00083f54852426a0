package org.beaconportal.publications.api;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.publications.application.DownloadStatistics;

/**
 * Download counts as CSV for staff: {@code /admin/publications/downloads.csv} (behind the
 * container's {@code /admin/*} constraint; checked again here).
 */
@WebServlet("/admin/publications/downloads.csv")
public class DownloadStatisticsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DownloadStatistics downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EnumSet<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        for (PortalRole role : PortalRole.values()) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        Editor editor = new Editor(request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser(), roles);
        if (!editor.isStaff()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"publication-downloads.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(downloads.csv(editor));
    }
}
