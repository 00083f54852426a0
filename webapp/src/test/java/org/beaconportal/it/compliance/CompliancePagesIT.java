package org.beaconportal.it.compliance;

import static org.beaconportal.it.compliance.TestEndpoints.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page of the module answers in English and Spanish with its heading: public pages without a
 * session cookie, company pages for a company member (and not for staff), staff pages for staff
 * (and not for a company). Staff statistics never name a company.
 */
class CompliancePagesIT extends ComplianceEndpointsTest {

    private static final String PASSWORD = "pages-passphrase-42";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/compliance|Keeping forced and child labour out of supply chains",
                "/es/compliance|Mantener el trabajo forzoso e infantil fuera de las cadenas de suministro",
                "/compliance/register|Register your company",
                "/es/compliance/register|Registre su empresa",
                "/compliance/guidance|Guidance: the eight steps",
                "/compliance/guidance/step-5|Step 5: Monitor compliance",
                "/es/compliance/guidance/step-6|Paso 6: Remediar las infracciones",
                "/compliance/verify?token=nothing|Confirm your e-mail address",
                "/compliance/join?token=nothing|Join your company"
            })
    void publicPagesAnswerWithoutASession(String path, String heading) {
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> page = visitor.get(path);
        assertEquals(200, page.statusCode(), path);
        assertTrue(page.body().contains(heading), path);
        assertFalse(visitor.hasCookie("JSESSIONID"), "no session for readers on " + path);
    }

    @Test
    void unknownGuidanceStepIsNotFound() {
        assertEquals(
                404, new PortalClient(base).get("/compliance/guidance/step-9").statusCode());
    }

    @Test
    void companyPagesForMembersOnly() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PortalClient company = new PortalClient(base);
        TestEndpoints.company(company, "Pages Pottery " + suffix, "pages-" + suffix, PASSWORD);
        company.login("pages-" + suffix, PASSWORD);
        post(company, "/api/test/compliance/seed", Map.of("evidence", "e", "due", "2020-01-31"));

        Map<String, String> pages = Map.of(
                "/company", "Pages Pottery " + suffix,
                "/company/assessment", "Self-assessment",
                "/company/results", "No submitted assessment yet.",
                "/company/sourcing", "On the list: Cotton from Turkmenistan",
                "/company/actions", "Overdue",
                "/company/report", "Download the report (PDF)",
                "/es/company/actions", "Vencida",
                "/es/company/sourcing", "En la lista: Cotton de Turkmenistan",
                "/es/company/assessment", "Autoevaluación");
        pages.forEach((path, text) -> {
            HttpResponse<String> page = company.get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains(text), path + " shows " + text);
        });
        assertEquals(403, company.get("/admin/compliance").statusCode(), "companies stay out of the staff area");
        HttpResponse<String> csv = company.get("/company/report.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("cotton,Turkmenistan,1,high,true,true,true,false,2022"), csv.body());

        PortalClient staff = new PortalClient(base);
        staff.login("admin", TestSettings.ADMIN_PASSWORD);
        assertEquals(403, staff.get("/company").statusCode(), "staff do not see company pages");
        Map<String, String> staffPages = Map.of(
                "/admin/compliance", "Compliance statistics",
                "/admin/compliance/questionnaire", "Questionnaire",
                "/admin/compliance/guidance?step=3&lang=es", "Elaborar un código de conducta",
                "/admin/compliance/goods", "2022",
                "/es/admin/compliance", "Estadísticas de cumplimiento");
        staffPages.forEach((path, text) -> {
            HttpResponse<String> page = staff.get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains(text), path + " shows " + text);
        });
        assertFalse(staff.get("/admin/compliance").body().contains("Pages Pottery"), "statistics are anonymous");

        post(staff, "/api/test/compliance/module", Map.of("enabled", "false"));
        try {
            assertEquals(404, company.get("/company/sourcing").statusCode(), "company area gone while disabled");
            assertEquals(404, company.get("/company/report.pdf").statusCode());
            assertEquals(404, new PortalClient(base).get("/compliance/register").statusCode());
        } finally {
            post(staff, "/api/test/compliance/module", Map.of("enabled", "true"));
        }
        assertEquals(200, company.get("/company/sourcing").statusCode(), "and back when enabled, data kept");
        assertTrue(company.get("/company/sourcing").body().contains("Turkmenistan"));
    }
}
