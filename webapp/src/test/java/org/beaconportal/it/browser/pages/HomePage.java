package org.beaconportal.it.browser.pages;

import java.net.URL;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;

/** The public home page ({@code /} and {@code /es/}). */
public final class HomePage extends PortalPage {

    HomePage(Browser browser) {
        super(browser);
        browser.await(d -> !d.findElements(By.cssSelector("main#main .hero h1")).isEmpty());
    }

    public static HomePage open(Browser browser, URL base) {
        browser.open(base, "/");
        return new HomePage(browser);
    }

    public static HomePage openSpanish(Browser browser, URL base) {
        browser.open(base, "/es/");
        return new HomePage(browser);
    }
}
