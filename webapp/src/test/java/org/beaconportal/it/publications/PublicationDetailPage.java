package org.beaconportal.it.publications;

import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page object of a publication's page ({@code /publications/{slug}}). */
final class PublicationDetailPage {

    private final Browser browser;

    private PublicationDetailPage(Browser browser) {
        this.browser = browser;
    }

    static PublicationDetailPage ready(Browser browser) {
        browser.await(d ->
                !d.findElements(By.cssSelector("article.publication-page h1")).isEmpty());
        return new PublicationDetailPage(browser);
    }

    String title() {
        return browser.driver()
                .findElement(By.cssSelector("article.publication-page h1"))
                .getText();
    }

    String apaCitation() {
        return browser.driver().findElement(By.id("citation-apa")).getText();
    }

    /** Presses the APA copy button and returns what the status line then says. */
    String copyApaCitation() {
        browser.driver().findElement(By.id("copy-apa")).click();
        return browser.await(d -> {
            String text = d.findElement(By.id("copy-status")).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** The text the page selected or put on the clipboard, as the browser reports it. */
    String selectedText() {
        return String.valueOf(browser.script("return window.getSelection().toString();"));
    }

    List<WebElement> sectionLinks() {
        return browser.driver().findElements(By.cssSelector("a.section-download"));
    }
}
