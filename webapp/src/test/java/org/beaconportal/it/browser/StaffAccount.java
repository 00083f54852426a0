package org.beaconportal.it.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import org.beaconportal.it.browser.pages.DashboardPage;
import org.beaconportal.it.browser.pages.LoginPage;
import org.beaconportal.it.browser.pages.ModulesPage;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.TestSettings;

/**
 * The test server's initial administrator, and the clean-up that tests switching modules off
 * need: whatever state a failed test left, every module is on again afterwards.
 */
public final class StaffAccount {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = TestSettings.ADMIN_PASSWORD;

    private StaffAccount() {}

    /** Logs the administrator in through the login form. */
    public static DashboardPage logInAsAdmin(Browser browser, URL base) {
        return LoginPage.open(browser, base).logInAs(ADMIN, ADMIN_PASSWORD);
    }

    /**
     * Switches every disabled module back on through the modules page, in a fresh administrator
     * session; does nothing when all are on.
     */
    public static void enableAllModules(Browser browser, URL base) {
        List<String> disabled = disabledModules(base);
        if (disabled.isEmpty()) {
            return;
        }
        browser.blank();
        browser.forgetCookies();
        ModulesPage modules = logInAsAdmin(browser, base).openModules();
        disabled.forEach(modules::enable);
        modules.shell().logOut();
    }

    /** Names of the disabled modules, as the public modules API reports them. */
    static List<String> disabledModules(URL base) {
        String json = new PortalClient(base).get("/api/v1/modules").body();
        return Json.createReader(new StringReader(json)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.getBoolean("enabled"))
                .map(m -> m.getString("name"))
                .toList();
    }
}
