package org.beaconportal.it.resources;

import java.net.URL;
import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.beaconportal.it.browser.pages.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The laws list with its filters and views. */
public final class LawListPage extends PortalPage {

    private LawListPage(Browser browser) {
        super(browser);
    }

    public static LawListPage open(Browser browser, URL base, String path) {
        browser.open(base, path);
        return await(browser);
    }

    static LawListPage await(Browser browser) {
        browser.await(d -> !d.findElements(By.id("law-count")).isEmpty());
        return new LawListPage(browser);
    }

    /** Chooses filters by their visible labels (null leaves one as it is) and applies them. */
    public LawListPage filter(String jurisdiction, String kind, String year) {
        if (jurisdiction != null) {
            new Select(browser.driver().findElement(By.id("jurisdiction"))).selectByVisibleText(jurisdiction);
        }
        if (kind != null) {
            new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText(kind);
        }
        if (year != null) {
            new Select(browser.driver().findElement(By.id("year"))).selectByVisibleText(year);
        }
        String before = browser.currentUrl();
        browser.driver().findElement(By.id("apply-filters")).click();
        browser.await(d -> !d.getCurrentUrl().equals(before));
        browser.awaitDocumentReady();
        return await(browser);
    }

    public String count() {
        return browser.driver().findElement(By.id("law-count")).getText();
    }

    public List<String> citations() {
        return browser.driver().findElements(By.cssSelector(".law-item .citation")).stream()
                .map(WebElement::getText)
                .map(t -> t.replace("(", "").replace(")", "").strip())
                .toList();
    }

    public LawListPage timeline() {
        browser.driver().findElement(By.id("timeline-view")).click();
        browser.await(d -> !d.findElements(By.cssSelector("ol.timeline")).isEmpty());
        return new LawListPage(browser);
    }
}
