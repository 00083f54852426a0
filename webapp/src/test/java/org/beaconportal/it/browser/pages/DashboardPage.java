package org.beaconportal.it.browser.pages;

import java.net.URL;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;

/** The staff dashboard ({@code /admin}), where staff land after logging in. */
public final class DashboardPage extends PortalPage {

    private static final By DASHBOARD = By.cssSelector("body.staff main#main .cards");
    private static final By MODULES_LINK = By.cssSelector("nav.staff-nav a[href$='/admin/modules']");

    private DashboardPage(Browser browser) {
        super(browser);
        browser.await(d -> d.getCurrentUrl().endsWith("/admin")
                && !d.findElements(DASHBOARD).isEmpty());
    }

    public static DashboardPage open(Browser browser, URL base) {
        browser.open(base, "/admin");
        return new DashboardPage(browser);
    }

    /** The dashboard the browser shows now, for instance right after logging in. */
    public static DashboardPage shown(Browser browser) {
        return new DashboardPage(browser);
    }

    /** Follows "Modules" in the staff menu (administrators only). */
    public ModulesPage openModules() {
        browser.driver().findElement(MODULES_LINK).click();
        return ModulesPage.shown(browser);
    }
}
