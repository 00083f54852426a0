package org.beaconportal.it.publications;

import java.net.URL;
import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page object of the publications catalogue ({@code /publications}). */
final class CataloguePage {

    private final Browser browser;

    private CataloguePage(Browser browser) {
        this.browser = browser;
    }

    static CataloguePage open(Browser browser, URL base) {
        browser.open(base, "/publications");
        return new CataloguePage(browser).ready();
    }

    private CataloguePage ready() {
        browser.await(d -> !d.findElements(By.cssSelector("main#main h1")).isEmpty());
        return this;
    }

    /** Follows a facet link of a group ({@code facet-kind}, {@code facet-topic}, …) by its label. */
    CataloguePage filter(String facetId, String label) {
        WebElement link = browser.await(d -> d.findElements(By.cssSelector("#" + facetId + " a")).stream()
                .filter(a -> a.getText().startsWith(label + " ("))
                .findFirst()
                .orElse(null));
        String before = browser.currentUrl();
        link.click();
        browser.await(d -> !d.getCurrentUrl().equals(before));
        return ready();
    }

    List<String> titles() {
        return browser.driver().findElements(By.cssSelector(".publication-card h2 a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> selectedFacets() {
        return browser.driver().findElements(By.cssSelector(".facets a.selected")).stream()
                .map(WebElement::getText)
                .toList();
    }

    PublicationDetailPage open(String title) {
        browser.driver().findElement(By.linkText(title)).click();
        return PublicationDetailPage.ready(browser);
    }
}
