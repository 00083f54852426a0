package org.beaconportal.it.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.it.newsletter.fixtures.NewsletterTestResource;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsletter's mail against a real SMTP server (GreenMail in this JVM): double opt-in with
 * signed, expiring links; an issue to 500 subscribers arriving exactly once each with the RFC 8058
 * headers; an SMTP outage in the middle of a send; a crash leaving recipients in doubt; one-click
 * unsubscribe. The server side is driven through a test-only endpoint, one batch at a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterMailIT {

    private static final Pattern LINK = Pattern.compile("(https?://[^\\s\"<>]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal().addPackage(NewsletterTestResource.class.getPackage());
    }

    @ArquillianResource
    URL base;

    private GreenMail smtp;
    private PortalClient client;

    @BeforeEach
    void setUp() {
        smtp = startSmtp();
        client = new PortalClient(base);
        call("POST", "/api/test/newsletter/schedule?on=false");
        reset();
    }

    @AfterEach
    void tearDown() {
        reset();
        call("POST", "/api/test/newsletter/schedule?on=true");
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void confirmationMailArrivesAndOneClickOnItsLinkConfirms() throws Exception {
        HttpResponse<String> answer = subscribe("ana@example.org", "es");

        assertEquals(303, answer.statusCode());
        assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/es/newsletter/check-inbox"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("Confirme su suscripción al boletín", mail.getSubject());
        String link = firstLink(textPart(mail), "/newsletter/confirm");
        assertTrue(link.contains("/es/newsletter/confirm?token="), link);
        assertEquals("PENDING", status("ana@example.org"));

        HttpResponse<String> page = client.get(pathOf(link));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Suscripción confirmada"), page.body());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "public pages set no cookie");
        assertEquals("CONFIRMED", status("ana@example.org"));
    }

    @Test
    void tamperedAndExpiredLinksAreRefused() throws Exception {
        subscribe("ben@example.org", "en");
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        String link = firstLink(textPart(smtp.getReceivedMessages()[0]), "/newsletter/confirm");
        String tampered = link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA");
        String otherSubscriber = link.replaceFirst("token=c\\.(\\d+)\\.", "token=c.1$1.");

        assertTrue(client.get(pathOf(tampered)).body().contains("This link does not work"));
        assertTrue(client.get(pathOf(otherSubscriber)).body().contains("This link does not work"));
        assertEquals("PENDING", status("ben@example.org"));

        advanceClock(8 * 24 * 3600);
        assertTrue(client.get(pathOf(link)).body().contains("This link does not work"));
        assertEquals("PENDING", status("ben@example.org"));
    }

    @Test
    void signUpAnswersAlikeForNewAndKnownAddressesAndIgnoresBots() throws Exception {
        HttpResponse<String> first = subscribe("cara@example.org", "en");
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        client.get(pathOf(firstLink(textPart(smtp.getReceivedMessages()[0]), "/newsletter/confirm")));

        HttpResponse<String> again = subscribe("cara@example.org", "en");
        Map<String, String> bot = form("dan@example.org", "en");
        bot.put("website", "http://spam.example");
        HttpResponse<String> botAnswer = client.postForm("/api/v1/newsletter/subscribe", bot, client.origin());

        assertEquals(first.statusCode(), again.statusCode());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals(first.headers().firstValue("Location"), botAnswer.headers().firstValue("Location"));
        assertEquals("CONFIRMED", status("cara@example.org"));
        assertEquals("NONE", status("dan@example.org"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 2));
        assertEquals(2, smtp.getReceivedMessages().length, "no mail for the bot");
        assertEquals("You are already subscribed to the newsletter", smtp.getReceivedMessages()[1].getSubject());
    }

    @Test
    void badAddressIsReportedInTheFormLanguageAndNothingIsStored() {
        HttpResponse<String> answer = subscribe("not-an-address", "es");

        assertEquals(303, answer.statusCode());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/es/newsletter?error=emailInvalid"), location);
        assertTrue(client.get(location).body().contains("Escriba una dirección de correo válida"));
        assertEquals("NONE", status("not-an-address"));
    }

    @Test
    void signUpsFromOneClientAreRateLimited() throws Exception {
        for (int n = 0; n < 7; n++) {
            assertEquals(303, subscribe("flood-" + n + "@example.org", "en").statusCode());
        }
        assertEquals("PENDING", status("flood-4@example.org"));
        assertEquals("NONE", status("flood-5@example.org"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 5));
        assertEquals(5, smtp.getReceivedMessages().length);
    }

    @Test
    void issueToFiveHundredSubscribersArrivesExactlyOnceEachWithUnsubscribeHeaders() throws Exception {
        call("POST", "/api/test/newsletter/subscribers?count=500&prefix=five");
        String issue = call("POST", "/api/test/newsletter/issues?title=Five%20hundred");

        String result;
        do {
            result = call("POST", "/api/test/newsletter/issues/" + issue + "/batch?limit=200");
        } while (!result.endsWith("true"));

        assertTrue(smtp.waitForIncomingEmail(30_000, 500));
        MimeMessage[] received = smtp.getReceivedMessages();
        Map<String, Integer> copies = copiesPerRecipient(received, "Five hundred");
        assertEquals(500, copies.size());
        assertTrue(copies.values().stream().allMatch(c -> c == 1), "exactly one copy each");
        MimeMessage sample = received[0];
        String listUnsubscribe = sample.getHeader("List-Unsubscribe", null);
        assertTrue(
                listUnsubscribe.matches("<http://[^>]+/api/v1/newsletter/unsubscribe\\?token=m\\.[^>]+>"),
                listUnsubscribe);
        assertEquals("List-Unsubscribe=One-Click", sample.getHeader("List-Unsubscribe-Post", null));
        MimeMultipart parts = (MimeMultipart) sample.getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(textPart(sample).contains("/newsletter/preferences?token=m."), "per-recipient link");
        assertEquals("500,500,0,0,0,0,SENT", call("GET", "/api/test/newsletter/issues/" + issue + "/progress"));
        assertTrue(client.get("/newsletter/archive").body().contains("Five hundred"), "archived");
    }

    @Test
    void smtpOutageMidSendNeitherDuplicatesNorSkipsAnyoneAfterResume() throws Exception {
        call("POST", "/api/test/newsletter/subscribers?count=120&prefix=outage");
        String issue = call("POST", "/api/test/newsletter/issues?title=Outage%20test");
        assertEquals("50,0,0,0,false", call("POST", "/api/test/newsletter/issues/" + issue + "/batch?limit=50"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 50));
        List<MimeMessage> received = new ArrayList<>(List.of(smtp.getReceivedMessages()));

        smtp.stop();
        String duringOutage = call("POST", "/api/test/newsletter/issues/" + issue + "/batch?limit=50");
        assertEquals("0,1,0,0,false", duringOutage, "the refused message is retried later; the batch stops");
        call("POST", "/api/test/newsletter/issues/" + issue + "/pause");
        assertEquals("0,0,0,0,false", call("POST", "/api/test/newsletter/issues/" + issue + "/batch?limit=50"));

        smtp = startSmtp();
        call("POST", "/api/test/newsletter/issues/" + issue + "/resume");
        advanceClock(60);
        String result;
        do {
            result = call("POST", "/api/test/newsletter/issues/" + issue + "/batch?limit=50");
        } while (!result.endsWith("true"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 70));
        received.addAll(List.of(smtp.getReceivedMessages()));

        Map<String, Integer> copies = copiesPerRecipient(received.toArray(new MimeMessage[0]), "Outage test");
        assertEquals(120, copies.size(), "nobody skipped");
        assertTrue(copies.values().stream().allMatch(c -> c == 1), "nobody twice: " + copies);
        assertEquals("120,120,0,0,0,0,SENT", call("GET", "/api/test/newsletter/issues/" + issue + "/progress"));
    }

    @Test
    void recipientsInterruptedByADeadNodeAreSentOnceByTheNodeThatTakesOver() throws Exception {
        call("POST", "/api/test/newsletter/subscribers?count=10&prefix=crash");
        String issue = call("POST", "/api/test/newsletter/issues?title=Crash%20test");

        assertEquals("3", call("POST", "/api/test/newsletter/issues/" + issue + "/crash?count=3"));
        String result;
        do {
            result = call("POST", "/api/test/newsletter/issues/" + issue + "/batch?limit=50");
        } while (!result.endsWith("true"));

        assertTrue(smtp.waitForIncomingEmail(10_000, 10));
        Map<String, Integer> copies = copiesPerRecipient(smtp.getReceivedMessages(), "Crash test");
        assertEquals(10, copies.size(), "nobody left out: " + copies);
        assertTrue(copies.values().stream().allMatch(c -> c == 1), "nobody twice: " + copies);
        assertEquals("10,10,0,0,0,0,SENT", call("GET", "/api/test/newsletter/issues/" + issue + "/progress"));
        assertEquals("", call("GET", "/api/test/newsletter/issues/" + issue + "/in-doubt"));
    }

    @Test
    void oneClickPostToTheListUnsubscribeAddressUnsubscribesEvenCrossSite() throws Exception {
        call("POST", "/api/test/newsletter/subscribers?count=1&prefix=oneclick");
        String issue = call("POST", "/api/test/newsletter/issues?title=One%20click");
        call("POST", "/api/test/newsletter/issues/" + issue + "/batch?limit=10");
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        String header = smtp.getReceivedMessages()[0].getHeader("List-Unsubscribe", null);
        String url = header.substring(1, header.length() - 1);
        String forged = url.substring(0, url.length() - 3) + "xyz";

        HttpResponse<String> refused = client.postForm(
                pathOf(forged), Map.of("List-Unsubscribe", "One-Click"), "https://mail.provider.example");
        assertEquals(400, refused.statusCode());
        assertEquals("CONFIRMED", status("oneclick-0@example.org"));

        HttpResponse<String> done =
                client.postForm(pathOf(url), Map.of("List-Unsubscribe", "One-Click"), "https://mail.provider.example");

        assertEquals(200, done.statusCode());
        assertEquals("UNSUBSCRIBED", status("oneclick-0@example.org"));
        assertTrue(done.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void preferencesLinkChangesLanguageAndInterestsOnlyWithAValidToken() {
        call("POST", "/api/test/newsletter/subscribers?count=1&prefix=prefs");
        String token = call("GET", "/api/test/newsletter/subscribers/token?email=prefs-0@example.org");
        String page = client.get("/es/newsletter/preferences?token=" + token).body();
        assertTrue(page.contains("value=\"es\" checked=\"checked\""), page);
        assertFalse(page.contains("value=\"en\" checked"), "one language chosen");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        form.put("pageLanguage", "en");
        form.put("language", "en");
        form.put("name", "Pat");
        HttpResponse<String> saved = client.postForm("/api/v1/newsletter/preferences", form, client.origin());

        assertEquals(303, saved.statusCode());
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("&saved=true"), location);
        String after = client.get(location).body();
        assertTrue(after.contains("Your preferences were saved."));
        assertTrue(after.contains("value=\"en\" checked=\"checked\""));
        assertTrue(after.contains("value=\"Pat\""));

        form.put("token", token.substring(0, token.length() - 2) + "xx");
        HttpResponse<String> forged = client.postForm("/api/v1/newsletter/preferences", form, client.origin());
        assertTrue(forged.headers().firstValue("Location").orElseThrow().endsWith("/newsletter/preferences?invalid=1"));
    }

    @Test
    void otherCrossSitePostsToTheNewsletterAreStillRefused() {
        HttpResponse<String> answer =
                client.postForm("/api/v1/newsletter/subscribe", form("eve@example.org", "en"), "https://evil.example");

        assertEquals(403, answer.statusCode());
        assertEquals("NONE", status("eve@example.org"));
    }

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(TestSettings.SMTP_PORT, null, "smtp"));
        server.start();
        return server;
    }

    private HttpResponse<String> subscribe(String email, String language) {
        return client.postForm("/api/v1/newsletter/subscribe", form(email, language), client.origin());
    }

    private static Map<String, String> form(String email, String language) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", email);
        form.put("language", language);
        form.put("pageLanguage", language);
        form.put("website", "");
        return form;
    }

    private String status(String email) {
        return call("GET", "/api/test/newsletter/subscribers/status?email=" + email);
    }

    private void advanceClock(long seconds) {
        call("POST", "/api/test/newsletter/clock?seconds=" + seconds);
    }

    private void reset() {
        call("POST", "/api/test/newsletter/reset");
    }

    private String call(String method, String path) {
        HttpResponse<String> response =
                switch (method) {
                    case "GET" -> client.get(path);
                    case "POST" -> client.postForm(path, Map.of(), client.origin());
                    default -> throw new IllegalArgumentException(method);
                };
        assertEquals(200, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body().strip();
    }

    private static Map<String, Integer> copiesPerRecipient(MimeMessage[] messages, String subject) throws Exception {
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : messages) {
            if (message.getSubject().startsWith(subject)) {
                copies.merge(message.getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
            }
        }
        return copies;
    }

    private static String textPart(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof MimeMultipart multipart) {
            return (String) multipart.getBodyPart(0).getContent();
        }
        return content.toString();
    }

    private static String firstLink(String text, String containing) {
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).contains(containing)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No link to " + containing + " in:\n" + text);
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
