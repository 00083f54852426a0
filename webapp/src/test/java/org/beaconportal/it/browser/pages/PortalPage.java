package org.beaconportal.it.browser.pages;

import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;

/** What every portal page offers: its shell, its title and its one {@code h1}. */
public abstract class PortalPage {

    protected final Browser browser;

    protected PortalPage(Browser browser) {
        this.browser = browser;
    }

    public Shell shell() {
        return new Shell(browser);
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String title() {
        return browser.driver().getTitle();
    }

    public String url() {
        return browser.currentUrl();
    }
}
