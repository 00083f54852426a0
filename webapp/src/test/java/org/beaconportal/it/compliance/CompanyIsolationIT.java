package org.beaconportal.it.compliance;

import static org.beaconportal.it.compliance.TestEndpoints.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * Company A never reads or changes company B's data: not through pages with B's ids in the URL,
 * not through file downloads, not through any service method that takes an id (called as A's
 * login through a test endpoint), and B's data is intact afterwards. Also: deterministic scoring
 * against hand-computed figures and questionnaire versioning that leaves old assessments intact.
 */
class CompanyIsolationIT extends ComplianceEndpointsTest {

    private static final String PASSWORD = "company-passphrase-42";

    /** A company created through the test endpoint, logged in, with its seeded ids. */
    private record Seeded(
            PortalClient client,
            String username,
            String assessment,
            String evidence,
            String line,
            String action,
            String question) {}

    @Test
    void companyACannotReadOrChangeCompanyBsDataById() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Seeded a = seedCompany("Alpha Textiles " + suffix, "alpha-" + suffix, "alpha evidence");
        Seeded b = seedCompany("Bravo Foods " + suffix, "bravo-" + suffix, "bravo secret evidence");

        HttpResponse<String> results = a.client().get("/company/results?id=" + b.assessment());
        assertEquals(403, results.statusCode(), "B's results by id");
        assertFalse(results.body().contains("Bravo"), "nothing of B on the refusal page");

        assertEquals(404, a.client().get("/company/evidence/" + b.evidence()).statusCode(), "B's evidence file by id");
        HttpResponse<String> own = a.client().get("/company/evidence/" + a.evidence());
        assertEquals(200, own.statusCode());
        assertEquals("alpha evidence", own.body());

        String attack = post(
                a.client(),
                "/api/test/compliance/attack",
                Map.of(
                        "assessment",
                        b.assessment(),
                        "evidence",
                        b.evidence(),
                        "line",
                        b.line(),
                        "action",
                        b.action(),
                        "question",
                        b.question()));
        for (String line : attack.split("\n")) {
            assertTrue(line.endsWith("=denied"), "refused: " + line + "\n" + attack);
        }
        assertEquals(10, attack.split("\n").length, attack);

        HttpResponse<String> bEvidence = b.client().get("/company/evidence/" + b.evidence());
        assertEquals(200, bEvidence.statusCode(), "B's file still there");
        assertEquals("bravo secret evidence", bEvidence.body());
        String bPlan = b.client().get("/company/actions").body();
        assertTrue(bPlan.contains("Map tier 2 suppliers") && !bPlan.contains("Hijacked"), "B's action unchanged");
        assertTrue(b.client().get("/company/sourcing").body().contains("Turkmenistan"), "B's sourcing line kept");

        String aSourcing = a.client().get("/company/sourcing").body();
        assertFalse(aSourcing.contains("Bravo"), "A's pages show nothing of B");

        List<String> zipEntries = zipEntries(
                CompanyDownloads.loggedIn(base, a.username(), PASSWORD).get("/company/export.zip"));
        assertTrue(zipEntries.contains("company.json") && zipEntries.contains("report.csv"), zipEntries.toString());
        assertEquals(
                1, zipEntries.stream().filter(e -> e.startsWith("evidence/")).count(), zipEntries.toString());
        assertTrue(zipEntries.contains("evidence/" + a.evidence() + "-map.txt"), zipEntries.toString());
    }

    @Test
    void scoresMatchHandComputedFiguresAndOldAssessmentsKeepTheirQuestions() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Seeded c = seedCompany("Charlie Cocoa " + suffix, "charlie-" + suffix, "c");
        String before = post(c.client(), "/api/test/compliance/questions", Map.of("assessment", c.assessment()));

        // Step 1 as seeded (other tests change other steps only): weights 2 and 1, levels 0-3.
        // Answers: level 3 and level 1.
        // Step 1 = 100 × (2×3/3 + 1×1/3) / 3 = 77.78 → 78; steps 2-8 unanswered = 0; overall = 78 / 8 = 9.75 → 10.
        assertEquals("10;78;0", post(c.client(), "/api/test/compliance/submit", Map.of("assessment", c.assessment())));

        PortalClient staff = new PortalClient(base);
        staff.login("admin", TestSettings.ADMIN_PASSWORD);
        String version = post(staff, "/api/test/compliance/new-version", Map.of());
        assertNotEquals("1", version);

        String after = post(c.client(), "/api/test/compliance/questions", Map.of("assessment", c.assessment()));
        assertEquals(before, after, "the submitted assessment keeps the questions it was answered with");
        assertFalse(before.startsWith("version " + version + "\n"), "answered with the version before: " + before);
        assertFalse(after.contains("consult workers before changing purchasing"), after);

        Seeded d = seedCompany("Delta Devices " + suffix, "delta-" + suffix, "d");
        String newer = post(d.client(), "/api/test/compliance/questions", Map.of("assessment", d.assessment()));
        assertTrue(newer.startsWith("version " + version + "\n"), newer);
        assertTrue(newer.contains("consult workers before changing purchasing"), newer);
        assertEquals(before.split("\n").length, newer.split("\n").length, "one question added, one removed");

        String results = c.client().get("/company/results?id=" + c.assessment()).body();
        assertTrue(results.contains("id=\"overall-score\">10<"), "results page shows the frozen overall score");
    }

    private Seeded seedCompany(String name, String username, String evidence) {
        PortalClient client = new PortalClient(base);
        TestEndpoints.company(client, name, username, PASSWORD);
        HttpResponse<String> login = client.login(username, PASSWORD);
        assertEquals(302, login.statusCode(), "company login redirects");
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/company"), "to the company area");
        String[] ids = post(client, "/api/test/compliance/seed", Map.of("evidence", evidence, "due", "2030-01-31"))
                .split(",");
        return new Seeded(client, username, ids[0], ids[1], ids[2], ids[3], ids[4]);
    }

    private static List<String> zipEntries(HttpResponse<byte[]> response) throws IOException {
        assertEquals(200, response.statusCode());
        assertEquals(
                "application/zip", response.headers().firstValue("Content-Type").orElse(""));
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
