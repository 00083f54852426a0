package org.beaconportal.it.compliance;

import static org.beaconportal.it.compliance.TestEndpoints.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.beaconportal.it.support.PortalClient;
import org.junit.jupiter.api.Test;

/**
 * The owner deletes the company through the form on {@code /company}: a name that does not match
 * deletes nothing; the exact name deletes the company with its assessments, evidence (rows and
 * bytes), sourcing lines, actions and its members' accounts, logs the owner out, and none of its
 * users can log in again. Another company's data and logins stay as they were.
 */
class CompanyDeletionIT extends ComplianceEndpointsTest {

    private static final String PASSWORD = "deletion-passphrase-42";

    @Test
    void ownerDeletesTheCompanyWithItsDataAfterTypingItsName() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String doomedName = "Doomed Dyes " + suffix;
        String owner = "doomed-" + suffix;
        String colleague = "doomed-mate-" + suffix;
        String otherOwner = "kept-" + suffix;
        PortalClient setup = new PortalClient(base);
        String doomed = TestEndpoints.company(setup, doomedName, owner, PASSWORD);
        TestEndpoints.colleague(setup, doomed, colleague, PASSWORD, null);
        String kept = TestEndpoints.company(setup, "Kept Knits " + suffix, otherOwner, PASSWORD);

        PortalClient doomedOwner = loggedIn(owner);
        String doomedEvidence = seed(doomedOwner);
        PortalClient keptOwner = loggedIn(otherOwner);
        String keptEvidence = seed(keptOwner);
        String doomedBefore = footprint(setup, doomed, owner + "," + colleague, doomedEvidence);
        assertEquals(
                "company=1 member=2 assessment=1 evidence=1 sourcing_line=1 action=1 token=0 accounts=2 evidenceFile=1",
                doomedBefore);
        String keptBefore = footprint(setup, kept, otherOwner, keptEvidence);

        HttpResponse<String> mismatch = FacesForm.submit(
                doomedOwner, "/company", "delete", Map.of("confirm-name", "Doomed Dyes"), "delete-button");
        assertEquals(200, mismatch.statusCode());
        assertTrue(
                mismatch.body().contains("The name you typed does not match the company name. Nothing was deleted."),
                "asks for the exact name");
        assertEquals(
                doomedBefore, footprint(setup, doomed, owner + "," + colleague, doomedEvidence), "nothing deleted");

        HttpResponse<String> deleted = FacesForm.submit(
                doomedOwner, "/company", "delete", Map.of("confirm-name", doomedName), "delete-button");
        assertEquals(302, deleted.statusCode(), deleted.body());
        assertTrue(
                deleted.headers().firstValue("Location").orElse("").contains("/compliance?deleted=true"),
                "back to the public page");
        assertTrue(setup.get("/compliance?deleted=true").body().contains("The company and all its data were deleted."));

        assertEquals(
                "company=0 member=0 assessment=0 evidence=0 sourcing_line=0 action=0 token=0 accounts=0 evidenceFile=0",
                footprint(setup, doomed, owner + "," + colleague, doomedEvidence));
        assertEquals(302, doomedOwner.get("/company").statusCode(), "the owner's session ended");
        assertEquals(401, new PortalClient(base).login(owner, PASSWORD).statusCode(), "owner cannot log in");
        assertEquals(401, new PortalClient(base).login(colleague, PASSWORD).statusCode(), "colleague cannot log in");

        assertEquals(keptBefore, footprint(setup, kept, otherOwner, keptEvidence), "other company untouched");
        PortalClient keptAgain = loggedIn(otherOwner);
        assertTrue(keptAgain.get("/company/sourcing").body().contains("Turkmenistan"));
    }

    private PortalClient loggedIn(String username) {
        PortalClient client = new PortalClient(base);
        assertEquals(302, client.login(username, PASSWORD).statusCode(), username + " logs in");
        return client;
    }

    /** Seeds an assessment with evidence, a sourcing line and an action; returns the evidence id. */
    private static String seed(PortalClient member) {
        return post(member, "/api/test/compliance/seed", Map.of("evidence", "notes", "due", "2031-01-31"))
                .split(",")[1];
    }

    private static String footprint(PortalClient client, String company, String usernames, String evidence) {
        return post(
                        client,
                        "/api/test/compliance/footprint",
                        Map.of("company", company, "usernames", usernames, "evidence", evidence))
                .replace('\n', ' ');
    }
}
