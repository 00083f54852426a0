package org.beaconportal.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.beaconportal.core.application.PublishedContent;
import org.beaconportal.core.domain.ContentItem;

/**
 * Atom feed of recently published content: {@code /feed.atom} for the whole site,
 * {@code /feed.atom?module=resources} for one module, {@code ?lang=es} for Spanish.
 */
@WebServlet("/feed.atom")
public class AtomFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ENTRIES = 30;

    @Inject
    transient PublishedContent published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "es".equals(request.getParameter("lang")) ? "es" : "en";
        String module = request.getParameter("module");
        List<ContentItem> items =
                published.list(module, null, language, null, 0, ENTRIES).items();
        String origin = Xml.origin(request);
        String prefix = language.equals("es") ? "/es" : "";
        OffsetDateTime updated = items.stream()
                .map(ContentItem::getUpdatedAt)
                .max(OffsetDateTime::compareTo)
                .orElse(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        String self = origin + "/feed.atom?lang=" + language + (module == null ? "" : "&module=" + Xml.escape(module));
        StringBuilder xml = new StringBuilder(8192);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(language)
                .append("\">\n")
                .append("  <title>Beacon")
                .append(module == null ? "" : " · " + Xml.escape(module))
                .append("</title>\n")
                .append("  <id>")
                .append(Xml.escape(self))
                .append("</id>\n")
                .append("  <link rel=\"self\" href=\"")
                .append(Xml.escape(self))
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(origin)
                .append(prefix)
                .append("/\"/>\n")
                .append("  <updated>")
                .append(updated)
                .append("</updated>\n");
        for (ContentItem item : items) {
            String link = origin + prefix + item.publicPath();
            xml.append("  <entry>\n")
                    .append("    <title>")
                    .append(Xml.escape(item.getTitle()))
                    .append("</title>\n")
                    .append("    <id>")
                    .append(Xml.escape(link))
                    .append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(Xml.escape(link))
                    .append("\"/>\n")
                    .append("    <published>")
                    .append(item.getPublishedAt() == null ? item.getUpdatedAt() : item.getPublishedAt())
                    .append("</published>\n")
                    .append("    <updated>")
                    .append(item.getUpdatedAt())
                    .append("</updated>\n")
                    .append("    <author><name>Beacon</name></author>\n")
                    .append("    <summary>")
                    .append(Xml.escape(item.getSummary()))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(xml.toString());
    }
}
