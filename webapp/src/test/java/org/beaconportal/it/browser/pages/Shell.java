package org.beaconportal.it.browser.pages;

import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The frame around every page (templates {@code public.xhtml} and {@code staff.xhtml}): skip link,
 * safety bar with the quick exit, header with search box, menu and language switch, footer, and in the staff
 * area the "Log out" button.
 */
public final class Shell {

    private static final By SKIP_LINK = By.cssSelector("a.skip-link");
    private static final By QUICK_EXIT = By.cssSelector("#quick-exit[data-quick-exit]");
    private static final By MAIN_MENU_LINKS = By.cssSelector("header nav.main-nav a");
    private static final By LANGUAGE_SWITCH = By.cssSelector("header a.language-switch");
    private static final By STAFF_LOGIN = By.cssSelector("footer.site-footer .footer-meta a");
    private static final By HEADER_SEARCH = By.id("header-q");
    private static final By LOG_OUT = By.id("logout-form:logout");
    private static final By MAIN = By.cssSelector("main#main");

    private final Browser browser;

    Shell(Browser browser) {
        this.browser = browser;
    }

    /** The {@code lang} of the page ({@code en}, {@code es}). */
    public String language() {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public WebElement skipLink() {
        return browser.driver().findElement(SKIP_LINK);
    }

    public WebElement quickExitLink() {
        return browser.driver().findElement(QUICK_EXIT);
    }

    public WebElement main() {
        return browser.driver().findElement(MAIN);
    }

    public List<WebElement> mainMenuLinks() {
        return browser.driver().findElements(MAIN_MENU_LINKS);
    }

    /** The labels of the public header menu, in order ("Home", "Understand &amp; get help", ...). */
    public List<String> mainMenuLabels() {
        return mainMenuLinks().stream().map(WebElement::getText).toList();
    }

    public WebElement languageSwitch() {
        return browser.driver().findElement(LANGUAGE_SWITCH);
    }

    public WebElement staffLoginLink() {
        return browser.driver().findElement(STAFF_LOGIN);
    }

    /** Follows the header's language link and waits for the page in the other language. */
    public void switchLanguage() {
        String before = language();
        languageSwitch().click();
        browser.await(d -> !before.equals(language()));
        browser.awaitDocumentReady();
    }

    /** Presses the quick-exit button and waits until the browser shows the neutral page it points to. */
    public void quickExit() {
        String neutralPage = quickExitLink().getDomProperty("href");
        quickExitLink().click();
        browser.await(d -> neutralPage.equals(d.getCurrentUrl()));
    }

    /** Presses Escape twice in quick succession and waits until the browser shows the neutral page. */
    public void quickExitWithEscapeTwice() {
        String neutralPage = quickExitLink().getDomProperty("href");
        browser.press(Keys.ESCAPE);
        browser.press(Keys.ESCAPE);
        browser.await(d -> neutralPage.equals(d.getCurrentUrl()));
    }

    /** Types words into the header's search box, presses Enter and returns the results page. */
    public SearchPage search(String words) {
        WebElement box = browser.driver().findElement(HEADER_SEARCH);
        box.clear();
        box.sendKeys(words, Keys.ENTER);
        return SearchPage.shown(browser);
    }

    /** Presses "Log out" in the staff header and returns the home page it leads to. */
    public HomePage logOut() {
        browser.driver().findElement(LOG_OUT).click();
        browser.await(d -> d.findElements(LOG_OUT).isEmpty()
                && !d.findElements(MAIN_MENU_LINKS).isEmpty());
        return new HomePage(browser);
    }
}
