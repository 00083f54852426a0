package org.beaconportal.it.compliance;

import static org.beaconportal.it.compliance.TestEndpoints.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Staff maintain the module's reference data through their pages: they edit the questionnaire (add
 * a question, remove one, publish: a new version, while a submitted assessment still shows the
 * questions it was answered with) and import a newer edition of the List of Goods in a browser (a
 * file with a bad row is refused whole with the row named; a good file becomes the edition screens
 * use, with its year).
 */
class StaffMaintenancePagesIT extends ComplianceBrowserTest {

    private static final String PASSWORD = "staff-pages-passphrase-42";
    private static final String HEADER = "good,sector,country,region,child_labor,forced_labor,forced_child_labor";
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern SUBMIT_NAME =
            Pattern.compile("<input(?=[^>]*type=\"submit\")[^>]*\\bname=\"([^\"]+)\"");

    @Test
    void staffEditTheQuestionnaireIntoANewVersionAndSubmittedAssessmentsKeepTheirQuestions() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PortalClient company = companyWithSeed("Quilted Quarters " + suffix, "quilt-" + suffix);
        String assessment = post(company, "/api/test/compliance/seed", Map.of("evidence", "e", "due", "2031-01-31"))
                .split(",")[0];
        post(company, "/api/test/compliance/submit", Map.of("assessment", assessment));
        String answeredWith = post(company, "/api/test/compliance/questions", Map.of("assessment", assessment));
        int oldVersion =
                Integer.parseInt(answeredWith.lines().findFirst().orElseThrow().substring(8));

        PortalClient staff = new PortalClient(base);
        assertEquals(302, staff.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
        String added = "Do you repay recruitment fees that workers paid? " + suffix;
        HttpResponse<String> afterAdd = FacesForm.submit(
                staff,
                "/admin/compliance/questionnaire",
                "add",
                Map.of(
                        "step", "7",
                        "weight", "2",
                        "text-en", added,
                        "text-es", "¿Devuelve las comisiones de contratación que pagaron los trabajadores? " + suffix,
                        "options", "0|No|No\n2|Yes, all of them|Sí, todas"),
                "add-question");
        assertEquals(200, afterAdd.statusCode());
        assertTrue(afterAdd.body().contains("The question was added to the draft."), afterAdd.body());
        Matcher draftTitle = Pattern.compile("Draft \\(version (\\d+)\\)").matcher(afterAdd.body());
        assertTrue(draftTitle.find());
        int draftNumber = Integer.parseInt(draftTitle.group(1));
        assertTrue(draftNumber > oldVersion, "the draft is a new version");

        String[] removal = firstOtherQuestionOfStep7(afterAdd.body(), suffix);
        String removedText = removal[0];
        assertTrue(answeredWith.contains(removedText), "the removed question was in the submitted version");
        HttpResponse<String> afterRemove = FacesForm.submitFrom(
                staff, afterAdd.body(), "draft", Map.of(), removal[1].substring("draft:".length()));
        assertEquals(200, afterRemove.statusCode());
        assertFalse(draftQuestions(afterRemove.body()).contains(removedText), "removed from the draft");

        HttpResponse<String> published = FacesForm.submitFrom(staff, afterRemove.body(), "draft", Map.of(), "publish");
        assertEquals(200, published.statusCode());
        assertTrue(
                published.body().contains("Version " + draftNumber + " is published; new assessments use it."),
                published.body());

        String results = company.get("/company/results?id=" + assessment).body();
        assertTrue(results.contains("questionnaire version " + oldVersion), "the assessment keeps its version");
        assertTrue(results.contains(escaped(removedText)), "and the question it was answered with");
        assertFalse(results.contains(added), "not the question added later");

        PortalClient newcomer = companyWithSeed("Fresh Felt " + suffix, "felt-" + suffix);
        String step7 = newcomer.get("/company/assessment?step=7").body();
        assertTrue(step7.contains(added), "new assessments use the new version");
        assertFalse(step7.contains(escaped(removedText)), "without the removed question");
    }

    @Test
    void staffImportANewerListOfGoodsEditionAndABadFileChangesNothing() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PortalClient company = companyWithSeed("Loom Lane " + suffix, "loom-" + suffix);
        post(company, "/api/test/compliance/seed", Map.of("evidence", "e", "due", "2031-01-31"));
        String edition = "2099";
        assertTrue(company.get("/company/report.csv")
                .body()
                .contains("cotton,Turkmenistan,1,high,true,true,true,false,2022"));

        StaffAccount.logInAsAdmin(browser, base);
        browser.open(base, "/admin/compliance/goods");
        browser.await(
                d -> !d.findElements(By.cssSelector("#import input[type=file]")).isEmpty());
        AccessibilityReport.of(browser).assertNoSeriousViolations("staff List of Goods page");
        WebElement year = browser.driver().findElement(By.id("import:year"));
        year.sendKeys(edition, Keys.TAB);
        browser.await(d -> Boolean.TRUE.equals(browser.script("return !window.jQuery || jQuery.active === 0;")));
        try {
            String refused = upload(String.join(
                    "\n",
                    HEADER,
                    "Cotton,Agriculture,Turkmenistan,South and Central Asia,false,true,false",
                    "Bricks,Manufacturing,Nowhere,Asia,maybe,true,false",
                    "Cocoa,Agriculture,Ghana,Africa,true,false,false"));
            assertTrue(refused.contains("The edition was not imported: 1 row(s) have problems."), refused);
            assertTrue(refused.contains("Row 3: every column is required and flags must be true or false."), refused);
            assertFalse(editions().contains(edition), "nothing of the bad file was saved");
            assertTrue(company.get("/company/report.csv").body().contains(",2022"), "screens still use 2022");

            String imported = upload(String.join(
                    "\n",
                    HEADER,
                    "Cotton,Agriculture,Turkmenistan,South and Central Asia,false,true,false",
                    "Cocoa,Agriculture,Ghana,Africa,true,false,false"));
            assertTrue(
                    imported.contains(
                            "2 rows of the " + edition + " edition were imported; screens use the newest edition."),
                    imported);
            assertTrue(editions().contains(edition + " 2"), "the edition year and its rows: " + editions());
            assertTrue(
                    company.get("/company/report.csv")
                            .body()
                            .contains("cotton,Turkmenistan,1,high,true,false,true,false," + edition),
                    "screens use the newer edition with its own flags and year");
        } finally {
            post(new PortalClient(base), "/api/test/compliance/drop-edition", Map.of("year", edition));
        }
        assertTrue(company.get("/company/report.csv").body().contains(",2022"), "back to the seeded edition");
    }

    /** Uploads a CSV through the page's file control and returns the status text that follows. */
    private String upload(String csv) throws IOException {
        Path file = Files.createTempFile("goods-", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            String before = browser.driver().findElement(By.id("status")).getText();
            browser.driver()
                    .findElement(By.cssSelector("#import input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            return browser.await(d -> {
                String text = d.findElement(By.id("status")).getText();
                return !text.isBlank() && !text.equals(before) ? text : null;
            });
        } finally {
            Files.delete(file);
        }
    }

    private String editions() {
        return browser.driver().findElement(By.id("editions")).getText().replaceAll("\\s+", " ");
    }

    private PortalClient companyWithSeed(String name, String username) {
        PortalClient client = new PortalClient(base);
        TestEndpoints.company(client, name, username, PASSWORD);
        assertEquals(302, client.login(username, PASSWORD).statusCode());
        return client;
    }

    /** Text and remove-button name of the first draft question of step 7 that this test did not add. */
    private static String[] firstOtherQuestionOfStep7(String html, String suffix) {
        Matcher row = ROW.matcher(draftTable(html));
        while (row.find()) {
            String cells = row.group(1);
            if (cells.contains("<td>7</td>") && !cells.contains(suffix)) {
                Matcher text = Pattern.compile("<th scope=\"row\">(.*?)<br").matcher(cells);
                Matcher button = SUBMIT_NAME.matcher(cells);
                assertTrue(text.find() && button.find(), cells);
                return new String[] {unescape(text.group(1).strip()), button.group(1)};
            }
        }
        throw new AssertionError("no other question of step 7 in the draft");
    }

    private static String draftQuestions(String html) {
        return unescape(draftTable(html));
    }

    private static String draftTable(String html) {
        int start = html.indexOf("id=\"draft-questions\"");
        assertTrue(start > 0, "draft table on the page");
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
