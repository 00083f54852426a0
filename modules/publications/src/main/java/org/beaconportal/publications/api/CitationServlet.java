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
import org.beaconportal.publications.application.Citations;
import org.beaconportal.publications.application.PublicationPages;

/**
 * A publication's citation as a file: {@code /publications/cite/{slug}.bib} (BibTeX) or
 * {@code .ris} (RIS), English publications; {@code /publications/cite/es/{slug}.bib} for Spanish ones.
 */
@WebServlet("/publications/cite/*")
public class CitationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(?:(es)/)?([a-z0-9]+(?:-[a-z0-9]+)*)\\.(bib|ris)");

    @Inject
    transient PublicationPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        if (m == null || !m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String language = m.group(1) == null ? "en" : "es";
        Optional<PublicationPages.Detail> detail = pages.published(language, m.group(2));
        if (detail.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var publication = detail.get().publication();
        String url = Origins.of(request) + (language.equals("es") ? "/es" : "") + publication.publicPath();
        boolean bib = m.group(3).equals("bib");
        String body = bib ? Citations.bibtex(publication, url) : Citations.ris(publication, url);
        response.setContentType(
                bib ? "application/x-bibtex;charset=UTF-8" : "application/x-research-info-systems;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + m.group(2) + "." + m.group(3) + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(body);
    }
}
