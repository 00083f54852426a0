package org.beaconportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.beaconportal.it.browser.pages.ContentEditorPage;
import org.beaconportal.it.browser.pages.ContentListPage;
import org.beaconportal.it.browser.pages.LoginPage;
import org.beaconportal.it.browser.pages.ModulesPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that axe-core finds no serious or critical accessibility violation on the pages as a
 * browser renders them: the public pages in English and Spanish, the login page (also with an error
 * message), every staff page after logging in, the module page in the states an administrator
 * meets (confirmation dialog open, a module switched off with its message and Enable button), and
 * the content list filtered to one item and that item's editor (texts, preview, workflow and
 * revisions loaded).
 */
class AccessibilityIT extends PortalBrowserTest {

    /** A demo page every test portal has (see CoreDemoContent). */
    private static final String DEMO_PAGE = "About the coalition";

    @AfterEach
    void switchModulesBackOn() {
        StaffAccount.enableAllModules(browser, base);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/",
                "/es/",
                "/login",
                "/es/login",
                "/resources",
                "/publications",
                "/newsletter",
                "/compliance",
                "/statistics",
                "/es/statistics",
                "/no-such-page",
                "/search?q=coalition",
                "/es/search?q=coalici%C3%B3n",
                "/pages/about",
                "/es/pages/acerca"
            })
    void publicPageHasNoSeriousViolations(String path) {
        browser.open(base, path);

        AccessibilityReport report = AccessibilityReport.of(browser);

        report.assertNoSeriousViolations(path);
    }

    @Test
    void loginPageShowingARefusalHasNoSeriousViolations() {
        LoginPage refused = LoginPage.open(browser, base).logInExpectingRefusal("no-such-user", "not a password");

        AccessibilityReport report = AccessibilityReport.of(browser);

        assertFalse(refused.errorMessage().isBlank());
        report.assertNoSeriousViolations("/login after a refused login");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/admin",
                "/admin/modules",
                "/admin/users",
                "/admin/audit",
                "/admin/password",
                "/es/admin",
                "/admin/content",
                "/admin/content/edit",
                "/admin/files",
                "/admin/taxonomy",
                "/es/admin/taxonomy"
            })
    void staffPageHasNoSeriousViolations(String path) {
        StaffAccount.logInAsAdmin(browser, base);
        browser.open(base, path);

        AccessibilityReport report = AccessibilityReport.of(browser);

        report.assertNoSeriousViolations(path + " (logged in as administrator)");
    }

    @Test
    void modulesPageWithTheConfirmationDialogOpenHasNoSeriousViolations() {
        StaffAccount.logInAsAdmin(browser, base);
        ModulesPage modules = ModulesPage.open(browser, base);
        ModulesPage.ConfirmDialog dialog = modules.requestDisable("Publications");

        AccessibilityReport report = AccessibilityReport.of(browser);
        dialog.cancel();

        report.assertNoSeriousViolations("/admin/modules with the confirmation dialog open");
        assertTrue(modules.isEnabled("Publications"), "cancelling leaves the module on");
    }

    @Test
    void modulesPageWithAModuleSwitchedOffHasNoSeriousViolations() {
        StaffAccount.logInAsAdmin(browser, base);
        ModulesPage modules = ModulesPage.open(browser, base).disable("Publications");

        AccessibilityReport report = AccessibilityReport.of(browser);

        assertFalse(modules.statusMessage().isBlank(), "the page confirms the change");
        report.assertNoSeriousViolations("/admin/modules with a module switched off");
    }

    @Test
    void contentListFilteredToAnItemHasNoSeriousViolations() {
        StaffAccount.logInAsAdmin(browser, base);
        ContentListPage.open(browser, base).filterByTitle(DEMO_PAGE, DEMO_PAGE);

        AccessibilityReport report = AccessibilityReport.of(browser);

        report.assertNoSeriousViolations("/admin/content filtered to \"" + DEMO_PAGE + "\"");
    }

    @Test
    void contentEditorWithAnItemLoadedHasNoSeriousViolations() {
        StaffAccount.logInAsAdmin(browser, base);
        ContentEditorPage editor = ContentListPage.open(browser, base)
                .filterByTitle(DEMO_PAGE, DEMO_PAGE)
                .openItem(DEMO_PAGE);

        AccessibilityReport report = AccessibilityReport.of(browser);

        assertEquals(DEMO_PAGE, editor.title(), "the editor shows the item");
        report.assertNoSeriousViolations("/admin/content/edit?id=" + editor.id() + " (" + DEMO_PAGE + ")");
    }
}
