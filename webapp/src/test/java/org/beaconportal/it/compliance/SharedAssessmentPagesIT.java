package org.beaconportal.it.compliance;

import static org.beaconportal.it.compliance.TestEndpoints.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.beaconportal.it.browser.AccessibilityReport;
import org.beaconportal.it.browser.StaffAccount;
import org.beaconportal.it.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In a browser: the owner shares an assessment from the results page after confirming, then staff
 * find it in the list of shared assessments and open it. axe-core finds nothing serious on the
 * results page while confirming, on the staff list and on the staff view.
 */
class SharedAssessmentPagesIT extends ComplianceBrowserTest {

    private static final String PASSWORD = "shared-pages-passphrase-42";

    @Test
    void ownerSharesAfterConfirmingAndStaffReadTheSharedAssessment() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "Echo Shared " + suffix;
        String username = "echo-" + suffix;
        PortalClient client = new PortalClient(base);
        TestEndpoints.company(client, company, username, PASSWORD);
        client.login(username, PASSWORD);
        String assessment = post(client, "/api/test/compliance/seed", Map.of("evidence", "e", "due", "2030-01-31"))
                .split(",")[0];
        String[] scores = post(client, "/api/test/compliance/submit", Map.of("assessment", assessment))
                .split(";");

        CompanyPages.logIn(browser, base, username, PASSWORD);
        browser.open(base, "/company/results?id=" + assessment);
        browser.driver().findElement(By.id("sharing:ask-share")).click();
        browser.await(d -> !d.findElements(By.id("sharing:confirm-share")).isEmpty());
        assertTrue(browser.driver().findElement(By.id("confirm-text")).getText().contains("Share it?"));
        AccessibilityReport.of(browser).assertNoSeriousViolations("results page, confirming to share");
        browser.driver().findElement(By.id("sharing:confirm-share")).click();
        String status = browser.await(d -> {
            String text = d.findElement(By.id("sharing-status")).getText();
            return text.contains("Shared with") ? text : null;
        });
        assertTrue(status.contains("by " + username), status);
        assertTrue(browser.driver().findElements(By.id("sharing:ask-revoke")).size() == 1, "offered to stop");
        CompanyPages.logOut(browser);

        StaffAccount.logInAsAdmin(browser, base);
        browser.open(base, "/admin/compliance/shared");
        browser.await(d -> !d.findElements(By.id("shared-assessments")).isEmpty());
        AccessibilityReport.of(browser).assertNoSeriousViolations("staff list of shared assessments");
        browser.driver().findElement(By.linkText(company)).click();
        browser.await(d -> !d.findElements(By.id("overall-score")).isEmpty());
        assertEquals(
                scores[0], browser.driver().findElement(By.id("overall-score")).getText());
        assertEquals(
                scores[1],
                browser.driver()
                        .findElement(By.cssSelector("#step-scores td.score[data-step='1']"))
                        .getText());
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains(company));
        AccessibilityReport.of(browser).assertNoSeriousViolations("staff view of a shared assessment");
    }
}
