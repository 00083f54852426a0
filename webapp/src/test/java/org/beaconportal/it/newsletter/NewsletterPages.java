package org.beaconportal.it.newsletter;

import java.net.URL;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of the newsletter's public pages and staff composer. */
public final class NewsletterPages {

    private NewsletterPages() {}

    /** {@code /newsletter} (or {@code /es/newsletter}) with the sign-up form. */
    static final class SignupPage {
        private final Browser browser;

        private SignupPage(Browser browser) {
            this.browser = browser;
            browser.await(d -> !d.findElements(By.id("subscribe-submit")).isEmpty());
        }

        static SignupPage open(Browser browser, URL base, String language) {
            browser.open(base, "es".equals(language) ? "/es/newsletter" : "/newsletter");
            return new SignupPage(browser);
        }

        /** Types the address and a name, keeps the page's language, submits; returns the heading shown next. */
        String subscribe(String email, String name) {
            browser.driver().findElement(By.id("subscribe-email")).sendKeys(email);
            browser.driver().findElement(By.id("subscribe-name")).sendKeys(name);
            browser.driver().findElement(By.id("subscribe-submit")).click();
            browser.await(d -> d.getCurrentUrl().contains("/newsletter/check-inbox"));
            return heading(browser);
        }

        boolean languageChosen(String code) {
            return browser.driver()
                    .findElement(By.cssSelector("input[name=language][value=" + code + "]"))
                    .isSelected();
        }
    }

    /** The page a link from a mail opens: confirmation or preferences. */
    static final class MailLinkPage {
        private final Browser browser;

        private MailLinkPage(Browser browser) {
            this.browser = browser;
            browser.awaitDocumentReady();
        }

        static MailLinkPage open(Browser browser, URL base, String pathAndQuery) {
            browser.open(base, pathAndQuery);
            return new MailLinkPage(browser);
        }

        String heading() {
            return NewsletterPages.heading(browser);
        }

        /** Presses the unsubscribe button of the preferences page; returns the heading of the answer. */
        String unsubscribe() {
            browser.driver().findElement(By.id("unsubscribe-submit")).click();
            browser.await(d -> d.getCurrentUrl().contains("/newsletter/unsubscribed"));
            return NewsletterPages.heading(browser);
        }
    }

    /** {@code /admin/newsletter/issue}: compose, preview and send. */
    public static final class IssueComposerPage {
        private final Browser browser;

        private IssueComposerPage(Browser browser) {
            this.browser = browser;
            browser.await(d -> !d.findElements(By.id("issue")).isEmpty());
        }

        public static IssueComposerPage openNew(Browser browser, URL base) {
            browser.open(base, "/admin/newsletter/issue");
            return new IssueComposerPage(browser);
        }

        public IssueComposerPage compose(String titleEn, String titleEs, String introEn, String introEs) {
            type("issue:titleEn", titleEn);
            type("issue:titleEs", titleEs);
            type("issue:introEn", introEn);
            type("issue:introEs", introEs);
            return this;
        }

        /** Saves a new issue; the page reloads at its own address. */
        public IssueComposerPage save() {
            browser.driver().findElement(By.id("issue:save")).click();
            browser.await(d -> d.getCurrentUrl().contains("?id=")
                    && !d.findElements(By.id("issue:send-now")).isEmpty());
            return new IssueComposerPage(browser);
        }

        /** Shows the preview in a language, waits for a text of it, and returns the HTML tab's text. */
        String preview(String language, String expected) {
            // Chosen through the menu's own widget: clicking its fading panel raced on a busy machine.
            browser.script("PrimeFaces.getWidgetById('issue:previewLanguage').selectValue(arguments[0]);", language);
            browser.await(d -> ("es".equals(language) ? "Español" : "English")
                    .equals(d.findElement(By.id("issue:previewLanguage_label")).getText()));
            browser.driver().findElement(By.id("issue:refresh-preview")).click();
            awaitAjax();
            return browser.await(d -> {
                String html = previewHtml();
                return html.contains(expected) ? html : null;
            });
        }

        /** Waits until PrimeFaces has no request in flight (an update may replace elements). */
        private void awaitAjax() {
            browser.await(
                    d -> Boolean.TRUE.equals(
                            browser.script(
                                    "return !window.PrimeFaces || !PrimeFaces.ajax.Queue.isEmpty || PrimeFaces.ajax.Queue.isEmpty();")));
        }

        String previewHtml() {
            return browser.driver().findElement(By.id("preview-html")).getText();
        }

        String previewText() {
            return (String) browser.script("return document.getElementById('preview-text').textContent;");
        }

        /** Sends now, accepting the confirmation dialog. */
        public IssueComposerPage sendNow() {
            browser.driver().findElement(By.id("issue:send-now")).click();
            browser.await(ExpectedConditions.elementToBeClickable(By.id("issue:confirm-yes")))
                    .click();
            browser.await(d -> !d.findElements(By.id("send-progress")).isEmpty());
            return this;
        }

        /** Waits until the progress bar reaches 100 % and the issue is marked sent; returns the progress text. */
        String awaitSent(String sentLabel) {
            browser.await(
                    d -> "100".equals(d.findElement(By.id("send-progress")).getAttribute("value"))
                            && d.findElement(By.id("issue-status")).getText().equals(sentLabel));
            return browser.driver().findElement(By.id("progress-text")).getText();
        }

        String progressValue() {
            return browser.driver().findElement(By.id("send-progress")).getAttribute("value");
        }

        private void type(String id, String text) {
            WebElement field = browser.driver().findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
        }
    }

    static String heading(Browser browser) {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }
}
