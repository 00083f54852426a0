package org.beaconportal.it.compliance;

import static org.beaconportal.it.compliance.TestEndpoints.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * No company's answers reach staff unless the company's owner shares them: staff get 404 for an
 * assessment that is not shared, see it once shared, and get 404 again after the owner revokes.
 * A colleague who is not the owner cannot share or revoke, nor can another company.
 */
class AssessmentSharingIT extends ComplianceEndpointsTest {

    private static final String PASSWORD = "sharing-passphrase-42";
    private static final String VIEW = "/admin/compliance/shared-assessment?id=";

    private record Seeded(PortalClient client, String companyId, String assessment) {}

    @Test
    void staffSeeAnAssessmentOnlyWhileItsOwnerSharesIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String alphaName = "Alpha Share " + suffix;
        Seeded alpha = seedCompany(alphaName, "alpha-share-" + suffix);
        Seeded bravo = seedCompany("Bravo Share " + suffix, "bravo-share-" + suffix);
        PortalClient colleague = new PortalClient(base);
        TestEndpoints.colleague(colleague, alpha.companyId(), "alpha-colleague-" + suffix, PASSWORD, null);
        assertEquals(302, colleague.login("alpha-colleague-" + suffix, PASSWORD).statusCode());
        PortalClient staff = new PortalClient(base);
        staff.login("admin", TestSettings.ADMIN_PASSWORD);

        Map<String, String> alphaAssessment = Map.of("assessment", alpha.assessment());
        assertEquals(
                "compliance.share.notSubmitted",
                post(alpha.client(), "/api/test/compliance/share", alphaAssessment),
                "an assessment in progress cannot be shared");
        String[] alphaScores = post(alpha.client(), "/api/test/compliance/submit", alphaAssessment)
                .split(";");
        post(bravo.client(), "/api/test/compliance/submit", Map.of("assessment", bravo.assessment()));

        assertNotShown(staff, alpha.assessment(), alphaName, "never shared");
        assertEquals(
                "denied",
                post(colleague, "/api/test/compliance/share", alphaAssessment),
                "a colleague is not the owner");
        assertEquals(
                "denied",
                post(bravo.client(), "/api/test/compliance/share", alphaAssessment),
                "another company's owner");
        assertNotShown(staff, alpha.assessment(), alphaName, "after refused attempts to share");

        String results =
                alpha.client().get("/company/results?id=" + alpha.assessment()).body();
        assertTrue(results.contains("id=\"sharing:ask-share\""), "the owner is offered to share");
        String colleagueResults =
                colleague.get("/company/results?id=" + alpha.assessment()).body();
        assertFalse(colleagueResults.contains("sharing:ask-share"), "a colleague is not offered to share");
        assertTrue(colleagueResults.contains("Only your company’s owner can share"), colleagueResults);

        assertEquals("ok", post(alpha.client(), "/api/test/compliance/share", alphaAssessment));
        HttpResponse<String> shown = staff.get(VIEW + alpha.assessment());
        assertEquals(200, shown.statusCode(), "shared: staff see it");
        assertTrue(shown.body().contains(alphaName), "company name shown");
        assertTrue(
                shown.body().contains("id=\"overall-score\">" + alphaScores[0] + "<"),
                "the overall score frozen at submission is shown");
        assertTrue(
                shown.body().contains("data-step=\"1\">" + alphaScores[1] + "<"),
                "the step 1 score frozen at submission is shown");
        assertTrue(shown.body().contains("Stakeholder map kept by HR"), "answers and notes shown");
        String list = staff.get("/admin/compliance/shared").body();
        assertTrue(list.contains(alphaName), "listed for staff");
        assertTrue(list.contains("shared-assessment?id=" + alpha.assessment()), "linked from the list");
        assertFalse(list.contains("Bravo Share " + suffix), "Bravo never shared");
        assertNotShown(staff, bravo.assessment(), "Bravo Share " + suffix, "Bravo never shared");
        assertTrue(
                alpha.client()
                        .get("/company/results?id=" + alpha.assessment())
                        .body()
                        .contains("Shared with the coalition’s staff by alpha-share-" + suffix),
                "the owner sees who shared");

        assertNotEquals(200, bravo.client().get(VIEW + alpha.assessment()).statusCode(), "companies are not staff");
        assertFalse(bravo.client().get(VIEW + alpha.assessment()).body().contains("Stakeholder map"));

        assertEquals("denied", post(colleague, "/api/test/compliance/revoke", alphaAssessment));
        assertEquals("denied", post(bravo.client(), "/api/test/compliance/revoke", alphaAssessment));
        assertEquals(200, staff.get(VIEW + alpha.assessment()).statusCode(), "refused revocations change nothing");

        assertEquals("ok", post(alpha.client(), "/api/test/compliance/revoke", alphaAssessment));
        assertNotShown(staff, alpha.assessment(), alphaName, "revoked");
        assertEquals(
                "compliance.share.notShared", post(alpha.client(), "/api/test/compliance/revoke", alphaAssessment));
        assertTrue(alpha.client()
                .get("/company/results?id=" + alpha.assessment())
                .body()
                .contains("Sharing was stopped by alpha-share-" + suffix));

        String audit =
                staff.get("/admin/audit").body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        String owner = "alpha-share-" + suffix;
        assertTrue(
                audit.contains(owner + " compliance.assessment.unshare assessment " + alpha.assessment()),
                "revocation audited with who: " + audit);
        assertTrue(
                audit.contains(owner + " compliance.assessment.share assessment " + alpha.assessment()),
                "sharing audited with who");

        assertEquals(404, staff.get(VIEW + "not-a-number").statusCode());
        assertEquals(404, staff.get("/admin/compliance/shared-assessment").statusCode());
    }

    private static void assertNotShown(PortalClient staff, String assessment, String companyName, String when) {
        HttpResponse<String> response = staff.get(VIEW + assessment);
        assertEquals(404, response.statusCode(), when + ": staff get 404");
        assertFalse(response.body().contains(companyName), when + ": nothing of the company on the 404 page");
        assertFalse(staff.get("/admin/compliance/shared").body().contains(companyName), when + ": not listed");
    }

    private Seeded seedCompany(String name, String username) {
        PortalClient client = new PortalClient(base);
        String companyId = TestEndpoints.company(client, name, username, PASSWORD);
        assertEquals(302, client.login(username, PASSWORD).statusCode(), "company login");
        String[] ids = post(client, "/api/test/compliance/seed", Map.of("evidence", "e", "due", "2030-01-31"))
                .split(",");
        return new Seeded(client, companyId, ids[0]);
    }
}
