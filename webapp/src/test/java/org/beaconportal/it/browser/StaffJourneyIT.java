package org.beaconportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beaconportal.it.browser.pages.DashboardPage;
import org.beaconportal.it.browser.pages.HomePage;
import org.beaconportal.it.browser.pages.LoginPage;
import org.beaconportal.it.browser.pages.ModulesPage;
import org.beaconportal.it.browser.pages.PublicPage;
import org.beaconportal.it.support.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Proves the administrator's journey end to end: log in through the form, switch the Newsletter
 * module off on the modules page (confirming in the PrimeFaces dialog), see that an anonymous
 * visitor (a second browser without cookies) loses its menu entry and gets "Page not found" at
 * {@code /newsletter} (status 404), switch it on again and see both come back, then log out. The
 * module is switched back on after the test whatever happens.
 */
class StaffJourneyIT extends PortalBrowserTest {

    private static final String MODULE = "Newsletter";
    private static final String MENU_ENTRY = "News & events";
    private static final String MODULE_PATH = "/newsletter";
    private static final String MODULE_HEADING = "News, events and the monthly newsletter";
    private static final String NOT_FOUND = "Page not found";

    @AfterEach
    void switchModulesBackOn() {
        StaffAccount.enableAllModules(browser, base);
    }

    @Test
    void administratorSwitchesAModuleOffAndOnAndVisitorsSeeTheChange() {
        DashboardPage dashboard =
                LoginPage.open(browser, base).logInAs(StaffAccount.ADMIN, StaffAccount.ADMIN_PASSWORD);
        ModulesPage modules = dashboard.openModules();
        assertTrue(modules.isEnabled(MODULE), "starts enabled");

        try (Browser visitor = Browser.launch()) {
            ModulesPage.ConfirmDialog dialog = modules.requestDisable(MODULE);
            assertTrue(dialog.message().startsWith("Disable " + MODULE + "?"), dialog.message());
            dialog.confirm();

            assertEquals("Disabled", modules.state(MODULE));
            assertEquals("Module newsletter disabled. Its content is kept.", modules.statusMessage());
            assertFalse(menuSeenBy(visitor).contains(MENU_ENTRY), "menu without the module");
            assertEquals(NOT_FOUND, PublicPage.open(visitor, base, MODULE_PATH).heading());
            assertEquals(404, statusWithoutCookies(MODULE_PATH));

            modules.enable(MODULE);

            assertEquals("Enabled", modules.state(MODULE));
            assertEquals("Module newsletter enabled.", modules.statusMessage());
            assertTrue(menuSeenBy(visitor).contains(MENU_ENTRY), "menu with the module again");
            assertEquals(
                    MODULE_HEADING, PublicPage.open(visitor, base, MODULE_PATH).heading());
            assertEquals(200, statusWithoutCookies(MODULE_PATH));
        }

        HomePage home = modules.shell().logOut();

        assertEquals(Browser.url(base, "/"), home.url());
        browser.open(base, "/admin");
        LoginPage.shown(browser);
        assertEquals(Browser.url(base, "/login"), browser.currentUrl(), "the staff area asks to log in again");
    }

    private List<String> menuSeenBy(Browser visitor) {
        return HomePage.open(visitor, base).shell().mainMenuLabels();
    }

    private int statusWithoutCookies(String path) {
        return new PortalClient(base).get(path).statusCode();
    }
}
