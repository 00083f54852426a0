package org.beaconportal.it.statistics;

import java.net.URL;
import java.nio.file.Path;
import org.beaconportal.it.browser.Browser;
import org.beaconportal.it.browser.pages.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff page of one dataset ({@code /admin/statistics/dataset?slug=...}): CSV import in two
 * steps (upload and preview, then import), the history with Restore and its confirmation dialog.
 */
public final class DatasetStaffPage extends PortalPage {

    private static final By FILE_INPUT = By.cssSelector("[id='import:file'] input[type='file']");
    private static final By PREVIEW = By.id("preview");
    private static final By INFO = By.cssSelector("[id='messages'] .ui-messages-info");
    private static final By DIALOG = By.cssSelector(".ui-confirm-dialog");

    private DatasetStaffPage(Browser browser) {
        super(browser);
        browser.await(d -> !d.findElements(FILE_INPUT).isEmpty());
    }

    public static DatasetStaffPage open(Browser browser, URL base, String slug) {
        browser.open(base, "/admin/statistics/dataset?slug=" + slug);
        return new DatasetStaffPage(browser);
    }

    static DatasetStaffPage shown(Browser browser) {
        return new DatasetStaffPage(browser);
    }

    /** Step 1: uploads a file and waits for its preview. */
    public DatasetStaffPage upload(Path file) {
        browser.driver().findElement(FILE_INPUT).sendKeys(file.toAbsolutePath().toString());
        browser.await(d -> !d.findElements(PREVIEW).isEmpty()
                || !d.findElements(By.id("import-problems")).isEmpty());
        return this;
    }

    /** The preview's summary line ("File x.csv has 3 rows..."). */
    public String previewSummary() {
        return browser.driver().findElement(By.id("import-summary")).getText();
    }

    /** Step 2: imports with the guessed mapping and the given note; waits for the outcome. */
    public DatasetStaffPage confirmImport(String note) {
        WebElement field = browser.driver().findElement(By.id("import:import-note"));
        field.clear();
        field.sendKeys(note);
        browser.driver().findElement(By.id("import:confirm-import")).click();
        browser.await(d -> !d.findElements(INFO).isEmpty()
                || !d.findElements(By.id("import-problems")).isEmpty());
        return this;
    }

    public String infoMessage() {
        return browser.driver().findElements(INFO).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    public String problems() {
        return browser.driver().findElements(By.id("import-problems")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** The note of the newest saved version. */
    public String newestVersionNote() {
        return browser.driver()
                .findElement(By.cssSelector("#versions tbody tr td:nth-of-type(3)"))
                .getText();
    }

    /** Restores the newest saved version, answering Yes in the confirmation dialog. */
    public DatasetStaffPage restoreNewestVersion() {
        browser.driver()
                .findElement(By.cssSelector("#versions tbody tr button"))
                .click();
        browser.await(d -> d.findElement(DIALOG).isDisplayed());
        browser.driver()
                .findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))
                .click();
        browser.await(d -> infoMessage().contains("restored"));
        return this;
    }
}
