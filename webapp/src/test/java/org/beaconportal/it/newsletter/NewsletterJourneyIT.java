package org.beaconportal.it.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.it.browser.AccessibilityReport;
import org.beaconportal.it.browser.PortalBrowserTest;
import org.beaconportal.it.browser.StaffAccount;
import org.beaconportal.it.support.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The newsletter as people use it, in Chromium: a visitor subscribes in Spanish and confirms through
 * the link of the mail they receive; staff compose an issue, preview it in both languages and send
 * it, watching the progress bar complete; the visitor leaves through the link in that issue. Every
 * page passes axe-core.
 */
class NewsletterJourneyIT extends PortalBrowserTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(TestSettings.SMTP_PORT, null, "smtp"));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void subscribeInSpanishConfirmReceiveAnIssueAndUnsubscribeFromIt() throws Exception {
        String email = "lucia-" + System.nanoTime() + "@example.org";

        NewsletterPages.SignupPage signup = NewsletterPages.SignupPage.open(browser, base, "es");
        assertTrue(signup.languageChosen("es"), "the Spanish page proposes a Spanish newsletter");
        AccessibilityReport.of(browser).assertNoSeriousViolations("newsletter sign-up (es)");
        assertEquals("Revise su correo", signup.subscribe(email, "Lucía"));
        AccessibilityReport.of(browser).assertNoSeriousViolations("check your inbox (es)");

        MimeMessage confirmation = awaitMailTo(email, 1);
        assertEquals("Confirme su suscripción al boletín", confirmation.getSubject());
        NewsletterPages.MailLinkPage confirmed = NewsletterPages.MailLinkPage.open(
                browser, base, pathOf(link(text(confirmation), "/newsletter/confirm")));
        assertEquals("Suscripción confirmada", confirmed.heading());
        AccessibilityReport.of(browser).assertNoSeriousViolations("confirmation (es)");

        browser.forgetCookies();
        StaffAccount.logInAsAdmin(browser, base);
        NewsletterPages.IssueComposerPage composer = NewsletterPages.IssueComposerPage.openNew(browser, base)
                .compose(
                        "Spring trainings",
                        "Capacitaciones de primavera",
                        "Three trainings this spring for service providers.",
                        "Tres capacitaciones esta primavera para proveedores de servicios.")
                .save();
        AccessibilityReport.of(browser).assertNoSeriousViolations("issue composer");
        assertTrue(composer.preview("en", "Spring trainings").contains("Three trainings this spring"));
        assertTrue(composer.preview("es", "Capacitaciones de primavera").contains("Tres capacitaciones"));
        assertTrue(composer.previewText().contains("Capacitaciones de primavera\n===="), composer.previewText());

        composer.sendNow();
        String progress = composer.awaitSent("Sent");
        assertEquals("100", composer.progressValue());
        assertTrue(progress.contains("(100%)"), progress);
        AccessibilityReport.of(browser).assertNoSeriousViolations("issue sent, progress");

        MimeMessage issue = awaitMailTo(email, 2);
        assertEquals("Capacitaciones de primavera", issue.getSubject());
        browser.forgetCookies();
        NewsletterPages.MailLinkPage preferences =
                NewsletterPages.MailLinkPage.open(browser, base, pathOf(link(text(issue), "/newsletter/preferences")));
        assertEquals("Preferencias del boletín", preferences.heading());
        AccessibilityReport.of(browser).assertNoSeriousViolations("preferences (es)");
        assertEquals("Se ha dado de baja", preferences.unsubscribe());
        AccessibilityReport.of(browser).assertNoSeriousViolations("unsubscribed (es)");
    }

    /** Waits for the {@code n}-th message to the address and returns it. */
    private MimeMessage awaitMailTo(String email, int n) throws Exception {
        for (int received = smtp.getReceivedMessages().length; ; received++) {
            MimeMessage[] messages = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> to(m).equals(email))
                    .toArray(MimeMessage[]::new);
            if (messages.length >= n) {
                return messages[n - 1];
            }
            assertTrue(smtp.waitForIncomingEmail(20_000, received + 1), "mail number " + n + " never arrived");
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static String link(String text, String containing) {
        Matcher matcher = Pattern.compile("(https?://\\S+)").matcher(text);
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
