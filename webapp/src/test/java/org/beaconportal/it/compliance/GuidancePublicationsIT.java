package org.beaconportal.it.compliance;

import static org.beaconportal.it.compliance.TestEndpoints.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.it.browser.AccessibilityReport;
import org.beaconportal.it.browser.StaffAccount;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff pick publications of the publications module as resources of a guidance step on the staff
 * page (drafts are not offered); the public step page lists them with title, year and a link to the
 * publication page. While the publications module is disabled the step page still answers, without
 * them, and the staff page says why; once it is enabled again the kept links show again.
 */
class GuidancePublicationsIT extends ComplianceBrowserTest {

    private String selected(String selectId) {
        return new Select(browser.driver().findElement(By.id(selectId)))
                .getFirstSelectedOption()
                .getAttribute("value");
    }

    @Test
    void staffLinkPublicationsThatTheStepPageShowsWhilePublicationsAreEnabled() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Auditing recruitment fees " + suffix;
        String draftTitle = "Unfinished draft on audits " + suffix;
        PortalClient staff = new PortalClient(base);
        assertEquals(302, staff.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
        String[] published = post(
                        staff,
                        "/api/test/compliance/publication",
                        Map.of("title", title, "language", "en", "date", "2021-05-01", "publish", "true"))
                .split(",");
        String draftId = post(
                        staff,
                        "/api/test/compliance/publication",
                        Map.of("title", draftTitle, "language", "en", "date", "2023-01-01", "publish", "false"))
                .split(",")[0];

        StaffAccount.logInAsAdmin(browser, base);
        browser.open(base, "/admin/compliance/guidance?step=4&lang=en");
        By choice = By.cssSelector("input[type=checkbox][value='" + published[0] + "']");
        browser.await(d -> !d.findElements(choice).isEmpty());
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("input[type=checkbox][value='" + draftId + "']"))
                        .isEmpty(),
                "drafts are not offered");
        assertEquals("4", selected("pick-step"), "the step being edited is the one chosen");
        assertEquals("en", selected("pick-lang"));
        AccessibilityReport.of(browser).assertNoSeriousViolations("staff guidance page with publications");
        browser.driver().findElement(choice).click();
        browser.driver().findElement(By.id("guidance:save")).click();
        browser.await(d -> d.findElement(By.id("messages")).getText().contains("The guidance was saved."));
        assertTrue(browser.driver().findElement(choice).isSelected(), "the choice is kept after saving");
        assertEquals("4", selected("pick-step"), "still the same step after saving");

        PortalClient reader = new PortalClient(base);
        HttpResponse<String> step = reader.get("/compliance/guidance/step-4");
        assertEquals(200, step.statusCode());
        Matcher link = Pattern.compile("<a href=\"([^\"]*/publications/" + Pattern.quote(published[1])
                        + ")\" lang=\"en\">" + Pattern.quote(title) + "</a> \\(2021\\)")
                .matcher(step.body());
        assertTrue(link.find(), "title, link and year on the step page");
        assertFalse(step.body().contains(draftTitle));
        assertFalse(reader.hasCookie("JSESSIONID"), "still no session for readers");
        assertEquals(200, reader.get(link.group(1)).statusCode(), "the link opens the publication page");
        assertFalse(
                reader.get("/es/compliance/guidance/step-4").body().contains(title),
                "the Spanish step has its own choice");

        post(staff, "/api/test/compliance/module", Map.of("id", "publications", "enabled", "false"));
        try {
            HttpResponse<String> without = reader.get("/compliance/guidance/step-4");
            assertEquals(200, without.statusCode(), "the step page works without the publications module");
            assertFalse(without.body().contains(title), "no publications while the module is off");
            browser.open(base, "/admin/compliance/guidance?step=4&lang=en");
            String note =
                    browser.await(d -> d.findElements(By.id("publications-off")).isEmpty()
                            ? null
                            : d.findElement(By.id("publications-off")).getText());
            assertTrue(note.contains("The publications module is disabled"), note);
        } finally {
            post(staff, "/api/test/compliance/module", Map.of("id", "publications", "enabled", "true"));
        }
        assertTrue(
                reader.get("/compliance/guidance/step-4").body().contains(title), "the link was kept and shows again");
    }
}
