package org.beaconportal.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.beaconportal.it.browser.AccessibilityReport;
import org.beaconportal.it.browser.PortalBrowserTest;
import org.beaconportal.it.browser.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics journeys in a real browser: a visitor opens the data pages, shows a chart's data
 * table and downloads the CSV; a staff member imports a new year into the Colorado example dataset
 * and restores the previous version; axe-core finds no serious violation on these pages.
 */
class StatisticsJourneyIT extends PortalBrowserTest {

    private static final String ILO = "ilo-global-estimates-2021";
    private static final String COLORADO = "colorado-example-hotline-cases";

    @Test
    void visitorShowsAChartsDataTableAndDownloadsTheCsv(@TempDir Path downloads) throws IOException {
        browser.open(base, "/statistics");
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".key-figures"))
                .getText()
                .contains("27.6 million"));
        browser.driver()
                .findElement(By.linkText("Global estimates of forced labour, 2021"))
                .click();
        DatasetPublicPage page = DatasetPublicPage.shown(browser);
        assertEquals("Global estimates of forced labour, 2021", page.heading());
        assertFalse(page.isTableShown("ilo-forced-labour-by-form"));

        page.toggleTable("ilo-forced-labour-by-form");

        assertTrue(page.isTableShown("ilo-forced-labour-by-form"));
        assertEquals(
                List.of(
                        List.of("Privately imposed forced labour (other than commercial sexual exploitation)", "17.3"),
                        List.of("Forced commercial sexual exploitation", "6.3"),
                        List.of("State-imposed forced labour", "3.9")),
                page.tableRows("ilo-forced-labour-by-form"));

        ((ChromiumDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        page.downloadCsv();
        Path csv = downloads.resolve(ILO + ".csv");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Files.isRegularFile(csv));
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("series,dimension,category,value,unit,note,source"));
        assertTrue(content.contains("people_in_forced_labour,total,all,27.6,million people,estimate,"));
    }

    @Test
    void staffImportsANewYearOfTheColoradoDatasetAndRestoresThePreviousVersion(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("colorado-2025.csv");
        Files.writeString(
                file,
                "series,dimension,category,value,unit,note\n"
                        + "cases_reported,year,2025,150,cases,provisional\n"
                        + "sex_trafficking_cases,year,2025,91,cases,provisional\n"
                        + "labour_trafficking_cases,year,2025,59,cases,provisional\n",
                StandardCharsets.UTF_8);
        StaffAccount.logInAsAdmin(browser, base);

        DatasetStaffPage staff = DatasetStaffPage.open(browser, base, COLORADO).upload(file);
        assertTrue(staff.previewSummary().contains("3 rows"), staff.previewSummary());
        AccessibilityReport.of(browser).assertNoSeriousViolations("dataset staff page with an import preview");
        staff.confirmImport("2025 figures");

        assertTrue(staff.infoMessage().contains("3 values were imported"), staff.infoMessage() + staff.problems());
        assertEquals("2025 figures", staff.newestVersionNote());
        DatasetPublicPage published =
                DatasetPublicPage.open(browser, base, COLORADO).toggleTable("colorado-cases-by-year");
        assertEquals(
                List.of("2025", "150"),
                published.tableRows("colorado-cases-by-year").get(4));

        DatasetStaffPage.open(browser, base, COLORADO).restoreNewestVersion();

        DatasetPublicPage restored = DatasetPublicPage.open(browser, base, COLORADO);
        assertEquals(4, restored.tableRows("colorado-cases-by-year").size(), "2025 is gone again");
    }

    @Test
    void badFileIsRefusedWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(
                file,
                "series,dimension,category,value,unit,note\ncases_reported,year,2026,many,cases,\n",
                StandardCharsets.UTF_8);
        StaffAccount.logInAsAdmin(browser, base);

        DatasetStaffPage staff =
                DatasetStaffPage.open(browser, base, COLORADO).upload(file).confirmImport("bad");

        assertTrue(staff.problems().contains("Line 2, column \"value\""), staff.problems());
        AccessibilityReport.of(browser).assertNoSeriousViolations("dataset staff page refusing a file");
        assertEquals(
                4,
                DatasetPublicPage.open(browser, base, COLORADO)
                        .tableRows("colorado-cases-by-year")
                        .size());
    }

    @Test
    void staffCreatesADatasetAndImportsItsFirstValues(@TempDir Path dir) throws IOException {
        String slug = "journey-" + Long.toHexString(System.nanoTime());
        Path file = dir.resolve("first.csv");
        Files.writeString(
                file,
                "indicator,breakdown,category,value,unit\nshelter_nights,year,2024,1200,nights\n",
                StandardCharsets.UTF_8);
        StaffAccount.logInAsAdmin(browser, base);
        browser.open(base, "/admin/statistics");
        browser.driver().findElement(By.id("create:slug")).sendKeys(slug);
        browser.driver().findElement(By.id("create:title")).sendKeys("Shelter nights");
        browser.driver().findElement(By.id("create:titleEs")).sendKeys("Noches de refugio");
        browser.driver().findElement(By.id("create:organisation")).sendKeys("Test coalition");
        browser.driver().findElement(By.id("create:citation")).sendKeys("Test coalition (2026), shelter nights");
        browser.driver().findElement(By.id("create:create-dataset")).click();

        DatasetStaffPage staff = DatasetStaffPage.shown(browser).upload(file).confirmImport("first values");

        assertTrue(staff.infoMessage().contains("1 values were imported"), staff.infoMessage() + staff.problems());
        browser.open(base, "/es/statistics/" + slug);
        assertEquals(
                "Noches de refugio",
                browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".values-table"))
                .getAttribute("textContent")
                .contains("1.200"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/statistics",
                "/es/statistics",
                "/statistics/ilo-global-estimates-2021",
                "/es/statistics/colorado-example-hotline-cases"
            })
    void publicStatisticsPagesHaveNoSeriousViolations(String path) {
        browser.open(base, path);
        browser.driver()
                .findElements(By.cssSelector("details"))
                .forEach(d -> browser.script("arguments[0].open = true", d));

        AccessibilityReport.of(browser).assertNoSeriousViolations(path + " with every table open");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/statistics", "/es/admin/statistics/dataset?slug=ilo-global-estimates-2021"})
    void staffStatisticsPagesHaveNoSeriousViolations(String path) {
        StaffAccount.logInAsAdmin(browser, base);
        browser.open(base, path);

        AccessibilityReport.of(browser).assertNoSeriousViolations(path + " (logged in as administrator)");
    }
}
