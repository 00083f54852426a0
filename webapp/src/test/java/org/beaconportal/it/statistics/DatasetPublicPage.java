package org.beaconportal.it.statistics;

import java.net.URL;
import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.beaconportal.it.browser.pages.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A dataset's public page ({@code /statistics/{slug}}): charts, each with a "Show the data table"
 * toggle ({@code <details>}), and the download links.
 */
public final class DatasetPublicPage extends PortalPage {

    private DatasetPublicPage(Browser browser) {
        super(browser);
        browser.await(
                d -> !d.findElements(By.cssSelector(".chart-block canvas")).isEmpty());
    }

    public static DatasetPublicPage open(Browser browser, URL base, String slug) {
        browser.open(base, "/statistics/" + slug);
        return new DatasetPublicPage(browser);
    }

    static DatasetPublicPage shown(Browser browser) {
        return new DatasetPublicPage(browser);
    }

    private WebElement chart(String key) {
        return browser.driver().findElement(By.id("chart-" + key));
    }

    /** True when the chart's data table is visible. */
    public boolean isTableShown(String key) {
        return chart(key).findElement(By.cssSelector(".chart-table table")).isDisplayed();
    }

    /** Presses the chart's "Show the data table" toggle. */
    public DatasetPublicPage toggleTable(String key) {
        boolean before = isTableShown(key);
        chart(key).findElement(By.cssSelector(".chart-table summary")).click();
        browser.await(d -> isTableShown(key) != before);
        return this;
    }

    /** The rows of the chart's data table: the row header and then the cells. */
    public List<List<String>> tableRows(String key) {
        return chart(key).findElements(By.cssSelector(".chart-table tbody tr")).stream()
                .map(tr -> tr.findElements(By.cssSelector("th, td")).stream()
                        .map(c -> c.getAttribute("textContent").strip())
                        .toList())
                .toList();
    }

    /** Clicks the CSV download link. */
    public void downloadCsv() {
        browser.driver().findElement(By.id("download-csv")).click();
    }
}
