package org.beaconportal.it.resources;

import java.net.URL;
import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.beaconportal.it.browser.pages.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The service directory's search form and results. */
public final class DirectoryPage extends PortalPage {

    private DirectoryPage(Browser browser) {
        super(browser);
    }

    public static DirectoryPage open(Browser browser, URL base, String path) {
        browser.open(base, path);
        return await(browser);
    }

    static DirectoryPage await(Browser browser) {
        browser.await(d -> !d.findElements(By.id("directory-count")).isEmpty());
        return new DirectoryPage(browser);
    }

    /** Searches by visible labels of service, county and language. */
    public DirectoryPage search(String service, String county, String language) {
        new Select(browser.driver().findElement(By.id("service"))).selectByVisibleText(service);
        new Select(browser.driver().findElement(By.id("county"))).selectByVisibleText(county);
        new Select(browser.driver().findElement(By.id("speaks"))).selectByVisibleText(language);
        String before = browser.currentUrl();
        browser.driver().findElement(By.id("directory-submit")).click();
        browser.await(d -> !d.getCurrentUrl().equals(before));
        browser.awaitDocumentReady();
        return await(browser);
    }

    public String count() {
        return browser.driver().findElement(By.id("directory-count")).getText();
    }

    public String notice() {
        return browser.driver().findElement(By.id("not-endorsement")).getText();
    }

    public List<String> names() {
        return cards().stream()
                .map(c -> c.findElement(By.tagName("h2")).getText())
                .toList();
    }

    public List<WebElement> cards() {
        return browser.driver().findElements(By.cssSelector(".org-card"));
    }
}
