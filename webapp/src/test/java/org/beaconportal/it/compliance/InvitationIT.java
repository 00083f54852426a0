package org.beaconportal.it.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.it.browser.PortalBrowserTest;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The owner invites a colleague from the company page; the colleague opens the link from the
 * e-mail, chooses a login and then works in the same company. A used link does not work twice.
 */
class InvitationIT extends PortalBrowserTest {

    private static final String PASSWORD = "invite-passphrase-42";
    private static final Pattern JOIN_LINK = Pattern.compile("(https?://\\S+/compliance/join\\?token=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(TestSettings.SMTP_PORT, null, "smtp"));

    @Test
    void ownerInvitesAColleagueWhoJoinsTheSameCompany() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "Invite Instruments " + suffix;
        String owner = "owner-" + suffix;
        String colleagueMail = "colleague-" + suffix + "@example.org";
        CompanyPages.RegistrationPage.open(browser, base).register(company, owner + "@example.org", owner, PASSWORD);
        assertTrue(mail.waitForIncomingEmail(15_000, 1));
        Matcher verify = Pattern.compile("(https?://\\S+/compliance/verify\\?token=[A-Za-z0-9_-]+)")
                .matcher(String.valueOf(mail.getReceivedMessages()[0].getContent()));
        assertTrue(verify.find());
        CompanyPages.confirmEmail(browser, verify.group(1));
        CompanyPages.logIn(browser, base, owner, PASSWORD);

        browser.driver().findElement(By.id("invite:email")).sendKeys(colleagueMail);
        browser.driver().findElement(By.id("invite:send")).click();
        browser.await(d -> d.findElement(By.tagName("main")).getText().contains("An invitation was sent"));

        assertTrue(mail.waitForIncomingEmail(15_000, 2));
        MimeMessage invitation = mail.getReceivedMessagesForDomain(colleagueMail)[0];
        assertEquals("You are invited to join " + company + " on Beacon", invitation.getSubject());
        Matcher link = JOIN_LINK.matcher(String.valueOf(invitation.getContent()));
        assertTrue(link.find());
        CompanyPages.logOut(browser);

        browser.driver().get(link.group(1));
        browser.awaitDocumentReady();
        assertTrue(browser.driver()
                .findElement(By.tagName("main"))
                .getText()
                .contains("You were invited to join " + company));
        browser.driver().findElement(By.id("name")).sendKeys("Colleague " + suffix);
        browser.driver().findElement(By.id("username")).sendKeys("colleague-" + suffix);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.id("submit")).click();
        browser.await(d -> !d.findElements(By.id("joined")).isEmpty());

        CompanyPages.logIn(browser, base, "colleague-" + suffix, PASSWORD);
        String members = browser.driver().findElement(By.id("members")).getText();
        assertTrue(members.contains(owner) && members.contains("colleague-" + suffix), members);
        assertEquals(
                company, browser.driver().findElement(By.id("company-name")).getText());
        assertEquals(
                "en",
                new Select(browser.driver().findElement(By.id("mail-language:language")))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                "e-mails in the language the colleague joined in");

        assertTrue(
                new PortalClient(base)
                        .get(link.group(1).substring(link.group(1).indexOf("/compliance")))
                        .body()
                        .contains("This link is not valid any more"),
                "used once");
    }
}
