package org.beaconportal.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.PublishedContent;
import org.beaconportal.core.domain.ContentItem;

/** {@code /sitemap.xml}: the home pages, every enabled module's page and every published item. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 500;

    @Inject
    transient PublishedContent published;

    @Inject
    transient ModuleRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = Xml.origin(request);
        StringBuilder xml = new StringBuilder(16384);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, origin + "/");
        url(xml, origin + "/es/");
        registry.enabledModules().forEach(m -> {
            url(xml, origin + m.descriptor().basePath());
            url(xml, origin + "/es" + m.descriptor().basePath());
        });
        for (int page = 0; ; page++) {
            var items = published.list(null, null, null, null, page, PAGE).items();
            for (ContentItem item : items) {
                url(xml, origin + ("es".equals(item.getLanguage()) ? "/es" : "") + item.publicPath());
            }
            if (items.size() < PAGE) {
                break;
            }
        }
        xml.append("</urlset>\n");
        response.setContentType("application/xml;charset=UTF-8");
        response.getWriter().write(xml.toString());
    }

    private static void url(StringBuilder xml, String location) {
        xml.append("  <url><loc>").append(Xml.escape(location)).append("</loc></url>\n");
    }
}
