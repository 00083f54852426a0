package org.beaconportal.it.browser.pages;

import java.net.URL;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The staff content list ({@code /admin/content}): the "New page" button, the filters (words in the
 * title, status, language) and a PrimeFaces table with one row per item, its title linking to the
 * editor.
 */
public final class ContentListPage extends PortalPage {

    private static final By TABLE = By.id("content:table");
    private static final By ROWS = By.cssSelector("[id='content:table_data'] > tr");
    private static final By TITLE_FILTER = By.id("content:text");
    private static final By APPLY = By.id("content:apply");
    private static final By NEW_PAGE =
            By.cssSelector("main#main a.button.primary[href$='/admin/content/edit?type=page']");

    private ContentListPage(Browser browser) {
        super(browser);
        browser.await(d -> d.getCurrentUrl().contains("/admin/content")
                && !d.findElements(TABLE).isEmpty());
    }

    public static ContentListPage open(Browser browser, URL base) {
        browser.open(base, "/admin/content");
        return new ContentListPage(browser);
    }

    /** Follows "New page" and returns the empty editor it opens. */
    public ContentEditorPage newPage() {
        browser.driver().findElement(NEW_PAGE).click();
        return ContentEditorPage.shown(browser);
    }

    /**
     * Types words into "Words in the title", presses "Filter" and waits until the Ajax update has
     * replaced the table and the new one lists an item with exactly the expected title.
     */
    public ContentListPage filterByTitle(String words, String expectedTitle) {
        WebElement field = browser.driver().findElement(TITLE_FILTER);
        field.clear();
        field.sendKeys(words);
        WebElement table = browser.driver().findElement(TABLE);
        browser.driver().findElement(APPLY).click();
        browser.await(ExpectedConditions.stalenessOf(table));
        browser.await(d -> titleLink(d, expectedTitle) != null);
        return this;
    }

    /** Follows the title link of the item in the table and returns its editor. */
    public ContentEditorPage openItem(String title) {
        WebElement link = titleLink(browser.driver(), title);
        if (link == null) {
            throw new NoSuchElementException("No item \"" + title + "\" in the content table");
        }
        link.click();
        return ContentEditorPage.shown(browser);
    }

    private static WebElement titleLink(WebDriver driver, String title) {
        return driver.findElements(ROWS).stream()
                .flatMap(row -> row.findElements(By.cssSelector("a[href*='/admin/content/edit?id=']")).stream())
                .filter(a -> a.getText().equals(title))
                .findFirst()
                .orElse(null);
    }
}
