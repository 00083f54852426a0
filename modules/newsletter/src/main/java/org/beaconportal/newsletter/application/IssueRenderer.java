package org.beaconportal.newsletter.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.beaconportal.newsletter.domain.Issue;
import org.beaconportal.newsletter.domain.IssueItem;

/**
 * Turns an issue into the HTML and plain text of the mail (or of the archive page, which has no
 * personal links): the editorial intro, then the picked items grouped by kind.
 *
 * <pre>{@code
 * Rendered mail = new IssueRenderer(links::page).render(issue, "es", preferencesUrl, unsubscribeUrl);
 * }</pre>
 */
public final class IssueRenderer {

    /** An issue as HTML and text. */
    public record Rendered(String subject, String html, String text) {}

    private final BiFunction<String, String, String> pageLink;

    /** @param pageLink absolute link of a portal path in a language: {@code (language, path) -> url} */
    public IssueRenderer(BiFunction<String, String, String> pageLink) {
        this.pageLink = pageLink;
    }

    /**
     * The issue in one language; {@code preferencesUrl} and {@code unsubscribeUrl} are the
     * recipient's own links, or {@code null} for the public archive and previews.
     */
    public Rendered render(Issue issue, String language, String preferencesUrl, String unsubscribeUrl) {
        String title = issue.title(language);
        String html = "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>"
                + MailTexts.escape(title)
                + "</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;"
                + "line-height:1.5;max-width:40em;margin:0 auto;padding:1em\">"
                + body(issue, language, preferencesUrl, unsubscribeUrl, 1, true) + "</body></html>";
        return new Rendered(title, html, text(issue, language, preferencesUrl, unsubscribeUrl));
    }

    /**
     * The issue's HTML without the document around it, for a page: headings start at {@code level}
     * and the title is left out when the page shows it already.
     */
    public String body(
            Issue issue, String language, String preferencesUrl, String unsubscribeUrl, int level, boolean withTitle) {
        MailTexts texts = new MailTexts(language);
        StringBuilder html = new StringBuilder(4096);
        int next = level;
        if (withTitle) {
            html.append("<p style=\"color:#4a4a4a;margin:0\">")
                    .append(MailTexts.escape(texts.get("newsletter.mail.brand")))
                    .append("</p>");
            heading(html, level, "font-size:1.6em;margin:.2em 0 .8em", issue.title(language));
            next = level + 1;
        }
        String intro = issue.intro(language);
        if (intro != null) {
            for (String paragraph : intro.split("\\R\\s*\\R")) {
                html.append("<p>")
                        .append(MailTexts.escape(paragraph.strip()).replace("\n", "<br>"))
                        .append("</p>");
            }
        }
        for (Map.Entry<String, List<IssueItem>> section :
                sections(issue.items(language)).entrySet()) {
            heading(
                    html,
                    next,
                    "font-size:1.25em;border-bottom:1px solid #ccc;margin-top:1.4em",
                    texts.get("newsletter.mail.section." + section.getKey()));
            for (IssueItem item : section.getValue()) {
                String url = pageLink.apply(language, item.getPath());
                String tag = "h" + Math.min(next + 1, 6);
                html.append("<")
                        .append(tag)
                        .append(" style=\"font-size:1.05em;margin-bottom:.2em\"><a href=\"")
                        .append(MailTexts.escape(url))
                        .append("\" style=\"color:#0b4f8a\">")
                        .append(MailTexts.escape(item.getTitle()))
                        .append("</a></")
                        .append(tag)
                        .append(">");
                if (item.getSummary() != null && !item.getSummary().isBlank()) {
                    html.append("<p style=\"margin-top:0\">")
                            .append(MailTexts.escape(item.getSummary()))
                            .append("</p>");
                }
            }
        }
        if (preferencesUrl != null) {
            html.append("<hr style=\"margin-top:2em\"><p style=\"font-size:.9em;color:#4a4a4a\">")
                    .append(MailTexts.escape(texts.get("newsletter.mail.why")))
                    .append("</p><p style=\"font-size:.9em\"><a href=\"")
                    .append(MailTexts.escape(preferencesUrl))
                    .append("\" style=\"color:#0b4f8a\">")
                    .append(MailTexts.escape(texts.get("newsletter.mail.preferences")))
                    .append("</a> · <a href=\"")
                    .append(MailTexts.escape(unsubscribeUrl))
                    .append("\" style=\"color:#0b4f8a\">")
                    .append(MailTexts.escape(texts.get("newsletter.mail.unsubscribe")))
                    .append("</a></p>");
        }
        return html.toString();
    }

    /** The plain-text part. */
    public String text(Issue issue, String language, String preferencesUrl, String unsubscribeUrl) {
        MailTexts texts = new MailTexts(language);
        String title = issue.title(language);
        StringBuilder text = new StringBuilder(2048);
        text.append(texts.get("newsletter.mail.brand"))
                .append("\n")
                .append(title)
                .append("\n");
        text.append("=".repeat(Math.min(title.length(), 70))).append("\n\n");
        String intro = issue.intro(language);
        if (intro != null) {
            for (String paragraph : intro.split("\\R\\s*\\R")) {
                text.append(paragraph.strip()).append("\n\n");
            }
        }
        for (Map.Entry<String, List<IssueItem>> section :
                sections(issue.items(language)).entrySet()) {
            String heading = texts.get("newsletter.mail.section." + section.getKey());
            text.append(heading)
                    .append("\n")
                    .append("-".repeat(heading.length()))
                    .append("\n\n");
            for (IssueItem item : section.getValue()) {
                text.append("* ").append(item.getTitle()).append("\n");
                if (item.getSummary() != null && !item.getSummary().isBlank()) {
                    text.append("  ").append(item.getSummary()).append("\n");
                }
                text.append("  ")
                        .append(pageLink.apply(language, item.getPath()))
                        .append("\n\n");
            }
        }
        if (preferencesUrl != null) {
            text.append("--\n").append(texts.get("newsletter.mail.why")).append("\n");
            text.append(texts.get("newsletter.mail.preferences"))
                    .append(": ")
                    .append(preferencesUrl)
                    .append("\n");
            text.append(texts.get("newsletter.mail.unsubscribe"))
                    .append(": ")
                    .append(unsubscribeUrl)
                    .append("\n");
        }
        return text.toString();
    }

    private static void heading(StringBuilder html, int level, String style, String text) {
        String tag = "h" + Math.min(level, 6);
        html.append("<")
                .append(tag)
                .append(" style=\"")
                .append(style)
                .append("\">")
                .append(MailTexts.escape(text))
                .append("</")
                .append(tag)
                .append(">");
    }

    /** Items grouped as news, events, publications, then anything else, keeping their order. */
    static Map<String, List<IssueItem>> sections(List<IssueItem> items) {
        Map<String, List<IssueItem>> sections = new LinkedHashMap<>();
        for (String section : List.of("news", "event", "publication", "other")) {
            List<IssueItem> inSection = items.stream()
                    .filter(i -> section.equals(sectionOf(i.getType())))
                    .toList();
            if (!inSection.isEmpty()) {
                sections.put(section, inSection);
            }
        }
        return sections;
    }

    private static String sectionOf(String type) {
        return switch (type) {
            case "news", "event", "publication" -> type;
            default -> "other";
        };
    }
}
