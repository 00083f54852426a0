package org.beaconportal.it.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module's public pages with its demo content (a news story and the next coalition meeting, in
 * English and Spanish): news, calendar in list and month views, event page with iCalendar, the
 * subscribable calendar, the archive and its Atom feed, the home widget; all without a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/newsletter",
                "/es/newsletter",
                "/newsletter/news",
                "/es/newsletter/news",
                "/newsletter/events",
                "/es/newsletter/events",
                "/newsletter/events?month=2026-05",
                "/newsletter/archive",
                "/es/newsletter/archive",
                "/newsletter/events/monthly-coalition-meeting",
                "/es/newsletter/events/reunion-mensual-de-la-coalicion",
                "/newsletter/news/global-estimates-of-forced-labour",
                "/newsletter/preferences?token=forged",
                "/newsletter/confirm?token=forged"
            })
    void publicPagesAnswerWithoutSessionAndWithOneHeading(String path) {
        HttpResponse<String> page = new PortalClient(base).get(path);

        assertEquals(200, page.statusCode(), path);
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), path + " set a cookie");
        assertEquals(1, page.body().split("<h1", -1).length - 1, path + ": one h1");
    }

    @Test
    void signUpFormProposesThePagesLanguageAndHidesTheHoneypot() {
        String english = new PortalClient(base).get("/newsletter").body();
        String spanish = new PortalClient(base).get("/es/newsletter").body();

        assertTrue(english.contains("value=\"en\" checked=\"checked\""));
        assertTrue(!english.contains("value=\"es\" checked"), "one language chosen");
        assertTrue(spanish.contains("value=\"es\" checked=\"checked\""));
        assertTrue(!spanish.contains("value=\"en\" checked"), "one language chosen");
        assertTrue(english.contains("class=\"nl-trap\" aria-hidden=\"true\""));
        assertTrue(english.contains("action=\"/api/v1/newsletter/subscribe\""));
    }

    @Test
    void upcomingEventShowsItsDetailsAndCalendarFile() {
        PortalClient client = new PortalClient(base);
        String list = client.get("/newsletter/events").body();
        String page = client.get("/newsletter/events/monthly-coalition-meeting").body();
        HttpResponse<String> ics = client.get("/api/v1/newsletter/events/monthly-coalition-meeting.ics?lang=en");
        HttpResponse<String> feed = client.get("/api/v1/newsletter/events/feed.ics?lang=es");

        assertTrue(list.contains("Monthly coalition meeting"));
        assertTrue(page.contains("Coalition meeting") && page.contains("America/Denver"), page);
        assertTrue(page.contains("accessibility@coalition.example.org"));
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        assertTrue(ics.body().contains("BEGIN:VEVENT\r\n") && ics.body().contains("SUMMARY:Monthly coalition meeting"));
        assertTrue(ics.body().matches("(?s).*DTSTART:\\d{8}T\\d{6}Z\r\n.*"), ics.body());
        assertTrue(feed.body().contains("SUMMARY:Reunión mensual de la coalición"), feed.body());
        assertTrue(client.get("/").body().contains("Monthly coalition meeting"), "home widget");
    }

    @Test
    void monthViewListsTheMonthsEvents() {
        LocalDate day = LocalDate.now(ZoneId.of("America/Denver")).plusMonths(1);
        String month = new PortalClient(base)
                .get("/es/newsletter/events?month=" + day.toString().substring(0, 7))
                .body();

        assertTrue(month.contains("Reunión mensual de la coalición"), month);
        assertTrue(month.contains("Lunes"));
    }

    @Test
    void newsAndArchiveFeedAreServed() {
        PortalClient client = new PortalClient(base);
        String news = client.get("/es/newsletter/news").body();
        HttpResponse<String> atom = client.get("/api/v1/newsletter/archive.atom?lang=en");
        HttpResponse<String> missing = client.get("/newsletter/archive/999999999");

        assertTrue(news.contains("27,6 millones de personas en trabajo forzoso en el mundo"));
        assertEquals(200, atom.statusCode());
        assertTrue(atom.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assertEquals(404, missing.statusCode());
    }
}
