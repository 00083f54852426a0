package org.beaconportal.it.resources;

import java.net.URL;
import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.beaconportal.it.browser.pages.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A topic page of the resources module: article, section contents, previous/next links. */
public final class TopicReadingPage extends PortalPage {

    private TopicReadingPage(Browser browser) {
        super(browser);
    }

    public static TopicReadingPage open(Browser browser, URL base, String path) {
        browser.open(base, path);
        return await(browser);
    }

    /** The page the browser shows now, once its article is there. */
    public static TopicReadingPage await(Browser browser) {
        browser.await(
                d -> !d.findElements(By.cssSelector("article.topic-page h1")).isEmpty());
        return new TopicReadingPage(browser);
    }

    public String articleText() {
        return browser.driver()
                .findElement(By.cssSelector("article.topic-page .prose"))
                .getText();
    }

    public List<String> contents() {
        return browser.driver().findElements(By.cssSelector(".topic-toc li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String currentInContents() {
        return browser.driver()
                .findElement(By.cssSelector(".topic-toc a[aria-current='page']"))
                .getText();
    }

    public TopicReadingPage next() {
        browser.driver().findElement(By.cssSelector(".prev-next a[rel='next']")).click();
        return await(browser);
    }

    /** Switches to the other language with the header's switch. */
    public TopicReadingPage switchLanguage() {
        shell().switchLanguage();
        return await(browser);
    }
}
