package org.beaconportal.it.compliance;

import static org.beaconportal.it.compliance.TestEndpoints.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reminder job, run synchronously with a fixed date: an action due within seven days gets one
 * e-mail to the company's members (GreenMail), not a second one the same day, none while it is
 * far from due; the action plan highlights it as overdue once its date has passed. Each member gets
 * it in their own language when the portal knows it (from registering, joining or their choice on
 * {@code /company}), otherwise one message in English and Spanish.
 */
class ActionRemindersIT extends ComplianceEndpointsTest {

    private static final String PASSWORD = "reminder-passphrase-42";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(TestSettings.SMTP_PORT, null, "smtp"));

    @Test
    void dueActionsAreRemindedOncePerDay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "remind-" + suffix;
        String email = username + "@example.org";
        PortalClient client = new PortalClient(base);
        TestEndpoints.company(client, "Reminder Rugs " + suffix, username, PASSWORD);
        assertEquals(302, client.login(username, PASSWORD).statusCode());
        post(client, "/api/test/compliance/seed", Map.of("evidence", "e", "due", "2031-03-10"));

        post(client, "/api/test/compliance/reminders", Map.of("date", "2031-02-01"));
        assertEquals(0, mail.getReceivedMessagesForDomain(email).length, "five weeks ahead: no reminder");

        post(client, "/api/test/compliance/reminders", Map.of("date", "2031-03-05"));
        MimeMessage[] received = mail.getReceivedMessagesForDomain(email);
        assertEquals(1, received.length, "five days ahead: one reminder");
        assertTrue(received[0].getSubject().startsWith("Beacon: 1 action(s)"), received[0].getSubject());
        assertTrue(String.valueOf(received[0].getContent()).contains("Map tier 2 suppliers (2031-03-10)"));

        post(client, "/api/test/compliance/reminders", Map.of("date", "2031-03-05"));
        assertEquals(1, mail.getReceivedMessagesForDomain(email).length, "not twice the same day");

        post(client, "/api/test/compliance/reminders", Map.of("date", "2031-03-11"));
        received = mail.getReceivedMessagesForDomain(email);
        assertEquals(2, received.length, "overdue the next days");
        assertTrue(String.valueOf(received[1].getContent()).contains("Overdue"), "says it is overdue");
    }

    @Test
    void eachMemberIsRemindedInTheirLanguageOrInBothWhenItIsUnknown() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String owner = "lang-owner-" + suffix;
        String ownerMail = owner + "@example.org";
        String spanishMail = "lang-es-" + suffix + "@example.org";
        String englishMail = "lang-en-" + suffix + "@example.org";
        PortalClient client = new PortalClient(base);
        String company = TestEndpoints.company(client, "Lenguas Linen " + suffix, owner, PASSWORD);
        TestEndpoints.colleague(client, company, "lang-es-" + suffix, PASSWORD, "es");
        TestEndpoints.colleague(client, company, "lang-en-" + suffix, PASSWORD, "en");
        assertEquals(302, client.login(owner, PASSWORD).statusCode());
        post(client, "/api/test/compliance/seed", Map.of("evidence", "e", "due", "2032-06-10"));

        post(client, "/api/test/compliance/reminders", Map.of("date", "2032-06-05"));
        MimeMessage both = only(ownerMail);
        assertEquals(
                "Beacon: 1 action(s) of your plan are due / Beacon: vencen 1 acción(es) de su plan", both.getSubject());
        String bothText = String.valueOf(both.getContent());
        assertTrue(bothText.startsWith("Hello,") && bothText.contains("Hola:"), bothText);
        MimeMessage spanish = only(spanishMail);
        assertEquals("Beacon: vencen 1 acción(es) de su plan", spanish.getSubject());
        assertFalse(String.valueOf(spanish.getContent()).contains("Hello"), "only Spanish");
        MimeMessage english = only(englishMail);
        assertEquals("Beacon: 1 action(s) of your plan are due", english.getSubject());
        assertFalse(String.valueOf(english.getContent()).contains("Hola"), "only English");

        HttpResponse<String> saved =
                FacesForm.submit(client, "/company", "mail-language", Map.of("language", "es"), "save-language");
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("Your e-mail language was saved."), saved.body());
        assertTrue(
                client.get("/company").body().contains("<option value=\"es\" selected=\"selected\">"), "choice kept");

        post(client, "/api/test/compliance/reminders", Map.of("date", "2032-06-11"));
        MimeMessage[] owners = mail.getReceivedMessagesForDomain(ownerMail);
        assertEquals(2, owners.length);
        assertEquals("Beacon: vencen 1 acción(es) de su plan", owners[1].getSubject());
        String overdue = String.valueOf(owners[1].getContent());
        assertTrue(overdue.contains("Map tier 2 suppliers (2032-06-10, Vencida)"), overdue);
        assertFalse(overdue.contains("Hello"), "the owner's choice is used");
    }

    private static MimeMessage only(String address) {
        MimeMessage[] received = mail.getReceivedMessagesForDomain(address);
        assertEquals(1, received.length, address);
        return received[0];
    }
}
