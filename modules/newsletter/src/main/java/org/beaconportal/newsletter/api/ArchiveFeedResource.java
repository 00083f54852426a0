package org.beaconportal.newsletter.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.newsletter.application.IssueService;
import org.beaconportal.newsletter.application.MailTexts;
import org.beaconportal.newsletter.application.NewsletterLinks;
import org.beaconportal.newsletter.domain.Issue;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The archive of sent issues as an Atom feed, {@code /api/v1/newsletter/archive.atom?lang=}: no personal data. */
@Path("/v1/newsletter/archive.atom")
@RequestScoped
public class ArchiveFeedResource {

    @Inject
    IssueService issues;

    @Inject
    NewsletterLinks links;

    @Inject
    ModuleRegistry registry;

    @GET
    @Produces("application/atom+xml;charset=utf-8")
    @Operation(summary = "Sent newsletter issues as Atom")
    public String feed(@QueryParam("lang") String lang) {
        if (!registry.isEnabled("newsletter")) {
            throw new NotFoundException();
        }
        String language = "es".equals(lang) ? "es" : "en";
        List<Issue> sent = issues.archive();
        MailTexts texts = new MailTexts(language);
        String self = links.base() + "/api/v1/newsletter/archive.atom?lang=" + language;
        StringBuilder xml = new StringBuilder(2048);
        xml.append(
                        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(language)
                .append("\">\n<title>")
                .append(MailTexts.escape(texts.get("newsletter.mail.brand")))
                .append("</title>\n<id>")
                .append(MailTexts.escape(self))
                .append("</id>\n<link rel=\"self\" href=\"")
                .append(MailTexts.escape(self))
                .append("\"/>\n<link rel=\"alternate\" href=\"")
                .append(MailTexts.escape(links.page(language, "/newsletter/archive")))
                .append("\"/>\n<updated>")
                .append(
                        sent.isEmpty()
                                ? "1970-01-01T00:00:00Z"
                                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                        sent.get(0).getSentAt()))
                .append("</updated>\n");
        for (Issue issue : sent) {
            String url = links.page(language, "/newsletter/archive/" + issue.getId());
            xml.append("<entry>\n<title>")
                    .append(MailTexts.escape(issue.title(language)))
                    .append("</title>\n<id>")
                    .append(MailTexts.escape(url))
                    .append("</id>\n<link rel=\"alternate\" href=\"")
                    .append(MailTexts.escape(url))
                    .append("\"/>\n<updated>")
                    .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(issue.getSentAt()))
                    .append("</updated>\n<content type=\"html\">")
                    .append(MailTexts.escape(issues.renderer().body(issue, language, null, null, 2, false)))
                    .append("</content>\n</entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString();
    }
}
