package org.beaconportal.it.browser.pages;

import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A published content page as readers see it ({@code /pages/<slug>}): title, summary and rendered text. */
public final class PublicContentPage extends PortalPage {

    private static final By ARTICLE_HEADING = By.cssSelector("main#main article.content-page h1");
    private static final By LEAD = By.cssSelector("main#main article.content-page .lead");
    private static final By PROSE = By.cssSelector("main#main article.content-page .prose");

    private PublicContentPage(Browser browser) {
        super(browser);
        browser.await(d -> !d.findElements(ARTICLE_HEADING).isEmpty());
        browser.awaitDocumentReady();
    }

    static PublicContentPage shown(Browser browser) {
        return new PublicContentPage(browser);
    }

    /** The texts of every {@code h1} on the whole page. */
    public List<String> allTopHeadings() {
        return browser.driver().findElements(By.tagName("h1")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String summary() {
        return browser.driver().findElement(LEAD).getText();
    }

    public String text() {
        return browser.driver().findElement(PROSE).getText();
    }

    /** Alt texts of the images in the page's text. */
    public List<String> imageAltTexts() {
        return browser.driver().findElement(PROSE).findElements(By.tagName("img")).stream()
                .map(img -> img.getDomAttribute("alt"))
                .toList();
    }

    /** The terms and tags shown under the text. */
    public List<String> termsAndTags() {
        return browser.driver().findElements(By.cssSelector(".content-terms .chip")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
