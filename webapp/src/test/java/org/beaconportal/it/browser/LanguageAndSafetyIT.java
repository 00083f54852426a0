package org.beaconportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.beaconportal.it.browser.pages.HomePage;
import org.beaconportal.it.browser.pages.PublicPage;
import org.junit.jupiter.api.Test;

/**
 * Proves, in a real browser, that the header's language link moves between the English and the
 * Spanish page (address, {@code lang} and texts), and that the quick exit (button or Escape pressed
 * twice) leaves at once for the neutral page ({@code about:blank} on the test server) by replacing
 * the current history entry, so "back" cannot lead to the page the visitor fled.
 */
class LanguageAndSafetyIT extends PortalBrowserTest {

    private static final String NEUTRAL_PAGE = "about:blank";

    @Test
    void languageLinkSwitchesToSpanishAndBack() {
        HomePage home = HomePage.open(browser, base);

        home.shell().switchLanguage();

        assertEquals(Browser.url(base, "/es/"), home.url());
        assertEquals("es", home.shell().language());
        assertEquals("Entender la trata de personas, encontrar ayuda, actuar", home.heading());
        assertTrue(
                home.shell().mainMenuLabels().contains("Noticias y eventos"),
                home.shell().mainMenuLabels()::toString);
        assertEquals("English", home.shell().languageSwitch().getText());

        home.shell().switchLanguage();

        assertEquals(Browser.url(base, "/"), home.url());
        assertEquals("en", home.shell().language());
        assertEquals("Understand human trafficking, find help, act", home.heading());
        assertEquals("Español", home.shell().languageSwitch().getText());
    }

    @Test
    void quickExitButtonLeavesForTheNeutralPageWithoutAddingAHistoryEntry() {
        HomePage.open(browser, base);
        PublicPage resources = PublicPage.open(browser, base, "/resources");
        long historyBefore = browser.historyLength();

        resources.shell().quickExit();

        assertEquals(NEUTRAL_PAGE, browser.currentUrl());
        assertEquals(historyBefore, browser.historyLength(), "window.history.length");
        browser.driver().navigate().back();
        browser.await(d -> !NEUTRAL_PAGE.equals(d.getCurrentUrl()));
        assertEquals(Browser.url(base, "/"), browser.currentUrl(), "back skips the page the visitor left");
    }

    @Test
    void pressingEscapeTwiceLeavesForTheNeutralPage() {
        HomePage home = HomePage.open(browser, base);
        long historyBefore = browser.historyLength();

        home.shell().quickExitWithEscapeTwice();

        assertEquals(NEUTRAL_PAGE, browser.currentUrl());
        assertEquals(historyBefore, browser.historyLength(), "window.history.length");
    }
}
