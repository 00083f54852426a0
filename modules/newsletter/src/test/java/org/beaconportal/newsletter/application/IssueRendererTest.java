package org.beaconportal.newsletter.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.beaconportal.newsletter.domain.Issue;
import org.beaconportal.newsletter.domain.IssueItem;
import org.junit.jupiter.api.Test;

class IssueRendererTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private final IssueRenderer renderer = new IssueRenderer(
            (language, path) -> "https://portal.example" + ("es".equals(language) ? "/es" : "") + path);

    private static Issue issue() {
        Issue issue = new Issue("March <news>", "Noticias de marzo", "ana", NOW);
        issue.compose(
                "March <news>",
                "Noticias de marzo",
                "First paragraph.\n\nSecond & last.",
                "Primer párrafo.",
                List.of(
                        new IssueItem("en", "event", "Training day", "All welcome", "/newsletter/events/training"),
                        new IssueItem("en", "news", "Grant awarded", null, "/newsletter/news/grant"),
                        new IssueItem("es", "news", "Subvención", "Resumen", "/newsletter/news/subvencion")));
        return issue;
    }

    @Test
    void mailHasBothPartsInTheRecipientsLanguageWithTheirLinksAndEscapedText() {
        IssueRenderer.Rendered en = renderer.render(issue(), "en", "https://p/prefs", "https://p/unsub");

        assertTrue(en.html().contains("<h1 style=\"font-size:1.6em;margin:.2em 0 .8em\">March &lt;news&gt;</h1>"));
        assertTrue(en.html().contains("<p>Second &amp; last.</p>"));
        assertTrue(en.html().indexOf("Grant awarded") < en.html().indexOf("Training day"), "news before events");
        assertTrue(en.html().contains("href=\"https://p/unsub\""));
        assertTrue(en.text().contains("  https://portal.example/newsletter/events/training"));
        assertTrue(en.text().contains("Unsubscribe: https://p/unsub"));
        assertFalse(en.html().contains("Subvención"), "only the recipient's language");

        IssueRenderer.Rendered es = renderer.render(issue(), "es", "https://p/prefs", "https://p/unsub");
        assertTrue(es.html().contains("https://portal.example/es/newsletter/news/subvencion"));
        assertTrue(es.text().contains("Darse de baja: https://p/unsub"));
    }

    @Test
    void archiveBodyHasNoPersonalLinksAndHeadingsBelowThePage() {
        String body = renderer.body(issue(), "en", null, null, 2, false);

        assertFalse(body.contains("<h1"));
        assertTrue(body.contains("<h2"));
        assertFalse(body.contains("Unsubscribe"));
    }
}
