package org.beaconportal.it.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.beaconportal.it.compliance.fixtures.ComplianceTestResource;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reminder job, run synchronously with a fixed date: an action due within seven days gets one
 * e-mail to the company's members (GreenMail), not a second one the same day, none while it is
 * far from due; the action plan highlights it as overdue once its date has passed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionRemindersIT {

    private static final String PASSWORD = "reminder-passphrase-42";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(TestSettings.SMTP_PORT, null, "smtp"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal().addPackage(ComplianceTestResource.class.getPackage());
    }

    @ArquillianResource
    URL base;

    @Test
    void dueActionsAreRemindedOncePerDay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "remind-" + suffix;
        String email = username + "@example.org";
        PortalClient client = new PortalClient(base);
        post(
                client,
                "/api/test/compliance/companies",
                Map.of("name", "Reminder Rugs " + suffix, "username", username, "password", PASSWORD, "email", email));
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

    private static String post(PortalClient client, String path, Map<String, String> fields) {
        HttpResponse<String> response = client.postForm(path, fields, client.origin());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
