package org.beaconportal.it.browser.pages;

import java.net.URL;
import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The content editor ({@code /admin/content/edit}, with {@code ?id=} for an existing item): title,
 * summary and Markdown body with a live preview (updated by Ajax while typing), the "Save" button,
 * the status badge and workflow buttons, and the revisions table with a "Restore" button per row.
 *
 * <p>Every button here updates the whole form ({@code editor}) by Ajax; the page object waits until
 * the old form has been replaced, so what it reads afterwards is the server's answer.
 */
public final class ContentEditorPage extends PortalPage {

    private static final By FORM = By.id("editor");
    private static final By SAVE = By.id("editor:save");
    private static final By TITLE = By.id("editor:title");
    private static final By SUMMARY = By.id("editor:summary");
    private static final By BODY = By.id("editor:body");
    private static final By PREVIEW = By.id("editor:preview");
    private static final By STATUS = By.id("status");
    private static final By MESSAGES = By.cssSelector(
            "[id='editor:messages'] .ui-messages-info-summary, [id='editor:messages'] .ui-messages-error-summary");
    private static final By WORKFLOW_BUTTONS = By.cssSelector(".workflow-buttons button");
    private static final By REVISION_ROWS = By.cssSelector("[id='editor:revisions_data'] > tr");
    private static final By CONFLICT = By.cssSelector(".conflict");
    private static final By YOUR_TEXT = By.id("editor:yourText");

    private ContentEditorPage(Browser browser) {
        super(browser);
        browser.await(d -> d.getCurrentUrl().contains("/admin/content/edit")
                && !d.findElements(SAVE).isEmpty());
    }

    /** Opens the editor of an existing item. */
    public static ContentEditorPage open(Browser browser, URL base, long id) {
        browser.open(base, "/admin/content/edit?id=" + id);
        return new ContentEditorPage(browser);
    }

    static ContentEditorPage shown(Browser browser) {
        return new ContentEditorPage(browser);
    }

    /** The item's id, from the address the editor was opened with ({@code ?id=}). */
    public long id() {
        String url = browser.currentUrl();
        int at = url.indexOf("id=");
        if (at < 0) {
            throw new IllegalStateException("The editor was not opened for an item: " + url);
        }
        return Long.parseLong(url.substring(at + 3).replaceAll("[^0-9].*$", ""));
    }

    public ContentEditorPage typeTitle(String title) {
        return replaceText(TITLE, title);
    }

    public ContentEditorPage typeSummary(String summary) {
        return replaceText(SUMMARY, summary);
    }

    /** Replaces the Markdown body, typing it as a user would (the preview updates by Ajax). */
    public ContentEditorPage typeBody(String markdown) {
        return replaceText(BODY, markdown);
    }

    /** Selects the whole body text, as a user would before formatting it. */
    public ContentEditorPage selectWholeBody() {
        WebElement body = browser.driver().findElement(BODY);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].focus(); arguments[0].select();", body);
        return this;
    }

    /** Presses a button of the Markdown toolbar by its label ("Bold", "Heading"). */
    public ContentEditorPage pressToolbar(String label) {
        browser.driver().findElements(By.cssSelector(".md-toolbar button")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No toolbar button " + label))
                .click();
        return this;
    }

    /** Waits until the live preview shows a heading with the text, as rendered from the Markdown. */
    public ContentEditorPage awaitPreviewHeading(String heading) {
        browser.await(d -> d.findElement(PREVIEW).findElements(By.cssSelector("h1, h2, h3")).stream()
                .anyMatch(h -> h.getText().equals(heading)));
        return this;
    }

    /**
     * Gives a file to the editor's upload box (as dropping it would) and waits until its Markdown
     * has been inserted into the body.
     */
    public ContentEditorPage uploadFile(java.nio.file.Path file) {
        String before = body();
        browser.driver()
                .findElement(By.id("editor:upload_input"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.await(d -> !body().equals(before) && body().contains("/files/"));
        return this;
    }

    /**
     * Opens the terms menu, ticks the term with this label (shown indented by dashes under its
     * parent) and closes the menu again.
     */
    public ContentEditorPage chooseTerm(String label) {
        browser.driver().findElement(By.id("editor:terms")).click();
        By items = By.cssSelector("[id='editor:terms_panel'] li.ui-selectcheckboxmenu-item");
        browser.await(d -> d.findElements(items).stream().anyMatch(WebElement::isDisplayed));
        WebElement item = browser.driver().findElements(items).stream()
                .filter(li -> li.getText().replace("\u2014", "").strip().equals(label))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No term \"" + label + "\" in the menu"));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.await(d -> !item.findElements(By.cssSelector(".ui-chkbox-box.ui-state-active"))
                .isEmpty());
        browser.driver().findElement(By.id("editor:terms")).click();
        return this;
    }

    /** Types a free tag into the tags box and confirms it with Enter. */
    public ContentEditorPage addTag(String tag) {
        WebElement input = browser.driver().findElement(By.id("editor:tags_input"));
        input.sendKeys(tag);
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        return this;
    }

    /** Waits until the live preview's text contains the words. */
    public ContentEditorPage awaitPreviewContaining(String words) {
        browser.await(d -> d.findElement(PREVIEW).getText().contains(words));
        return this;
    }

    /** The rendered preview's headings, list items and paragraphs as elements. */
    public List<WebElement> previewElements(String cssSelector) {
        return browser.driver().findElement(PREVIEW).findElements(By.cssSelector(cssSelector));
    }

    /** Presses "Save" and waits for the server's answer. */
    public ContentEditorPage save() {
        return pressAndAwaitUpdate(browser.driver().findElement(SAVE));
    }

    /** Presses the workflow button with the label ("Submit for review", "Publish") and waits for the answer. */
    public ContentEditorPage takeStep(String label) {
        WebElement button = browser.driver().findElements(WORKFLOW_BUTTONS).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No workflow button \"" + label + "\""));
        return pressAndAwaitUpdate(button);
    }

    /** Presses "Restore" in the revisions table's row of that revision number and waits for the answer. */
    public ContentEditorPage restoreRevision(int number) {
        WebElement row = browser.driver().findElements(REVISION_ROWS).stream()
                .filter(tr -> tr.findElement(By.tagName("td")).getText().equals(String.valueOf(number)))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No revision " + number + " in the revisions table"));
        return pressAndAwaitUpdate(row.findElement(By.cssSelector("button[id$=':restore']")));
    }

    /** Waits until the page's periodic autosave kept the texts on the server ("Draft kept at …"). */
    public ContentEditorPage awaitAutosave() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(40))
                .until(d ->
                        !d.findElement(By.id("editor:autosaveStatus")).getText().isBlank());
        return this;
    }

    /** True when the page offers texts kept by autosave that were never saved. */
    public boolean offersUnsavedText() {
        return !browser.driver().findElements(By.id("unsaved-offer")).isEmpty();
    }

    /** Puts the offered unsaved texts back into the form. */
    public ContentEditorPage restoreUnsavedText() {
        return pressAndAwaitUpdate(browser.driver().findElement(By.cssSelector("button[id$='restoreUnsaved']")));
    }

    /** The status badge ("Draft", "In review", "Published"). */
    public String status() {
        return browser.driver().findElement(STATUS).getText();
    }

    /** The messages the last action left at the top of the form (summaries, in order). */
    public List<String> messages() {
        return browser.driver().findElements(MESSAGES).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** What the body field holds now. */
    public String body() {
        return browser.driver().findElement(BODY).getDomProperty("value");
    }

    public String title() {
        return browser.driver().findElement(TITLE).getDomProperty("value");
    }

    /** How many rows the revisions table has. */
    public int revisionCount() {
        return browser.driver().findElements(REVISION_ROWS).size();
    }

    /** True when the conflict box, with the editor's unsaved text, is shown. */
    public boolean showsConflict() {
        return browser.driver().findElements(CONFLICT).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The field "Your text (not saved)" of the conflict box. */
    public WebElement unsavedTextField() {
        return browser.driver().findElement(YOUR_TEXT);
    }

    private ContentEditorPage replaceText(By field, String text) {
        WebElement element = browser.driver().findElement(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    private ContentEditorPage pressAndAwaitUpdate(WebElement button) {
        WebElement form = browser.driver().findElement(FORM);
        button.click();
        browser.await(ExpectedConditions.stalenessOf(form));
        browser.await(d -> !d.findElements(SAVE).isEmpty());
        return this;
    }
}
