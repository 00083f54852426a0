package org.beaconportal.it.browser.pages;

import java.net.URL;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;

/** Any public page by its address, such as a module's page or the "Page not found" page. */
public final class PublicPage extends PortalPage {

    private PublicPage(Browser browser) {
        super(browser);
    }

    public static PublicPage open(Browser browser, URL base, String path) {
        browser.open(base, path);
        browser.await(d -> !d.findElements(By.cssSelector("main#main h1")).isEmpty());
        return new PublicPage(browser);
    }
}
