package org.beaconportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.beaconportal.it.browser.pages.DashboardPage;
import org.beaconportal.it.browser.pages.HomePage;
import org.beaconportal.it.browser.pages.LoginPage;
import org.beaconportal.it.browser.pages.Shell;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Proves that the portal works with the keyboard alone (Tab and Enter sent to the focused element,
 * never a click): the first Tab reaches a skip link that becomes visible and moves the focus to the
 * main content; Tab reaches the quick exit and the header menu; the footer's "Staff login" link, the
 * login form and its submission with Enter lead to the dashboard. Every element that Tab focuses
 * shows a visible focus indicator (an outline or a box shadow in its computed style). The one
 * element focused otherwise, {@code <main>} as the skip link's target, is not a control and keeps
 * the style's deliberate absence of a ring around the whole content.
 */
class KeyboardJourneyIT extends PortalBrowserTest {

    /** More Tab presses than any page here needs to reach its last link. */
    private static final int MAX_TABS = 60;

    @Test
    void firstTabFocusesAVisibleSkipLinkAndEnterMovesTheFocusToTheMainContent() {
        Shell shell = HomePage.open(browser, base).shell();

        WebElement focused = tabWithVisibleFocus();

        assertEquals(shell.skipLink(), focused, "the first Tab stops at the skip link");
        assertTrue(browser.isInViewport(focused), "the focused skip link is on screen");

        browser.press(Keys.ENTER);
        boolean mainFocused = browser.await(d -> shell.main().equals(browser.focused()));

        assertTrue(mainFocused, "Enter on the skip link focuses <main>");
        assertEquals(Browser.url(base, "/#main"), browser.currentUrl());
    }

    @Test
    void tabReachesTheQuickExitRightAfterTheSkipLinkAndThenTheHeaderMenu() {
        Shell shell = HomePage.open(browser, base).shell();

        TabStop quickExit = tabUntil(shell.quickExitLink()::equals);
        TabStop menuLink = tabUntil(shell.mainMenuLinks()::contains);

        assertEquals(2, quickExit.presses(), "the quick exit is the first stop after the skip link");
        assertTrue(
                shell.mainMenuLabels().contains(menuLink.element().getText()),
                menuLink.element().getText());
    }

    @Test
    void staffLogInWithTabAndEnterOnly() {
        Shell shell = HomePage.open(browser, base).shell();

        tabUntil(shell.staffLoginLink()::equals);
        browser.press(Keys.ENTER);
        LoginPage login = LoginPage.shown(browser);
        assertEquals(Browser.url(base, "/login"), login.url());

        tabUntil(login.usernameField()::equals);
        browser.press(StaffAccount.ADMIN);
        assertEquals(login.passwordField(), tabWithVisibleFocus(), "Tab goes from user name to password");
        browser.press(StaffAccount.ADMIN_PASSWORD);
        browser.press(Keys.ENTER);

        DashboardPage dashboard = DashboardPage.shown(browser);
        assertEquals("Dashboard", dashboard.heading());
    }

    /** Presses Tab until the focused element matches, checking the focus indicator at every step. */
    private TabStop tabUntil(Predicate<WebElement> target) {
        for (int presses = 1; presses <= MAX_TABS; presses++) {
            WebElement focused = tabWithVisibleFocus();
            if (target.test(focused)) {
                return new TabStop(focused, presses);
            }
        }
        throw new AssertionError("Not reached with " + MAX_TABS + " presses of Tab");
    }

    private WebElement tabWithVisibleFocus() {
        WebElement focused = browser.tab();
        FocusIndicator indicator = FocusIndicator.of(browser, focused);
        assertTrue(indicator.isVisible(), () -> "no visible focus indicator on " + indicator);
        return focused;
    }

    /** The element a series of Tab presses reached, and how many presses it took. */
    private record TabStop(WebElement element, int presses) {}
}
