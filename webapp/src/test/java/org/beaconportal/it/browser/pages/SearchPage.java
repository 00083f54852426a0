package org.beaconportal.it.browser.pages;

import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;

/**
 * The public search results ({@code /search?q=}): the count line, the hits (title linking to the
 * item, snippet with the matched words in {@code <mark>}) and the facets.
 */
public final class SearchPage extends PortalPage {

    private static final By COUNT = By.cssSelector("main#main .search-count");
    private static final By HITS = By.cssSelector("main#main .hit-list > li.hit");
    private static final By HIT_LINK = By.cssSelector("h2 > a");
    private static final By MARKS = By.cssSelector(".snippet mark");

    private SearchPage(Browser browser) {
        super(browser);
        browser.await(d ->
                d.getCurrentUrl().contains("/search?") && !d.findElements(COUNT).isEmpty());
    }

    static SearchPage shown(Browser browser) {
        return new SearchPage(browser);
    }

    /** The line saying how many results were found for what. */
    public String countLine() {
        return browser.driver().findElement(COUNT).getText();
    }

    /** The titles of the hits on this page, in order. */
    public List<String> hitTitles() {
        return browser.driver().findElements(HITS).stream()
                .map(hit -> hit.findElement(HIT_LINK).getText())
                .toList();
    }

    /** The words highlighted ({@code <mark>}) in the snippet of the hit with the title. */
    public List<String> highlightedWords(String title) {
        return hit(title).findElements(MARKS).stream().map(WebElement::getText).toList();
    }

    /** Follows the hit's title link and returns the content page it opens. */
    public PublicContentPage openHit(String title) {
        hit(title).findElement(HIT_LINK).click();
        return PublicContentPage.shown(browser);
    }

    private WebElement hit(String title) {
        return browser.driver().findElements(HITS).stream()
                .filter(hit -> hit.findElement(HIT_LINK).getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No search hit \"" + title + "\""));
    }
}
