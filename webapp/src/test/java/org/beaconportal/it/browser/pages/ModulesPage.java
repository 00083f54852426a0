package org.beaconportal.it.browser.pages;

import java.net.URL;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Module management ({@code /admin/modules}): a PrimeFaces table with one row per module, a
 * Disable or Enable button in each and a confirmation dialog before disabling. Modules are named
 * as the table shows them ("Newsletter").
 */
public final class ModulesPage extends PortalPage {

    private static final By TABLE_ROWS = By.cssSelector("[id='modules:table_data'] > tr");
    private static final By DISABLE = By.cssSelector("button[id$=':disable']");
    private static final By ENABLE = By.cssSelector("button[id$=':enable']");
    private static final By STATE = By.cssSelector(".badge");
    private static final By DIALOG = By.cssSelector(".ui-confirm-dialog");
    private static final By MESSAGES = By.cssSelector("[id='modules:messages'] li");

    private ModulesPage(Browser browser) {
        super(browser);
        browser.await(d -> !d.findElements(TABLE_ROWS).isEmpty());
    }

    public static ModulesPage open(Browser browser, URL base) {
        browser.open(base, "/admin/modules");
        return new ModulesPage(browser);
    }

    static ModulesPage shown(Browser browser) {
        return new ModulesPage(browser);
    }

    public boolean isEnabled(String module) {
        return !row(browser.driver(), module).findElements(DISABLE).isEmpty();
    }

    /** The state the table shows for the module ("Enabled", "Disabled"). */
    public String state(String module) {
        return row(browser.driver(), module).findElement(STATE).getText();
    }

    /** Presses the module's Disable button and returns the confirmation dialog it opens. */
    public ConfirmDialog requestDisable(String module) {
        row(browser.driver(), module).findElement(DISABLE).click();
        return new ConfirmDialog(module);
    }

    /** Disables the module, confirming in the dialog, and waits until the table shows it off. */
    public ModulesPage disable(String module) {
        return requestDisable(module).confirm();
    }

    /** Enables the module and waits until the table shows it on. */
    public ModulesPage enable(String module) {
        row(browser.driver(), module).findElement(ENABLE).click();
        browser.await(d -> !row(d, module).findElements(DISABLE).isEmpty());
        return this;
    }

    /** The message the last action left above the table, or an empty string. */
    public String statusMessage() {
        return browser.driver().findElements(MESSAGES).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    private static WebElement row(WebDriver driver, String module) {
        return driver.findElements(TABLE_ROWS).stream()
                .filter(tr -> tr.findElement(By.tagName("strong")).getText().equals(module))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No module \"" + module + "\" in the modules table"));
    }

    /** The PrimeFaces confirmation dialog ({@code p:confirmDialog}) that guards disabling. */
    public final class ConfirmDialog {

        private final String module;

        private ConfirmDialog(String module) {
            this.module = module;
            browser.await(d -> d.findElement(DIALOG).isDisplayed());
        }

        public String message() {
            return browser.driver()
                    .findElement(DIALOG)
                    .findElement(By.cssSelector(".ui-confirm-dialog-message"))
                    .getText();
        }

        /** Answers "Yes" and waits until the table shows the module disabled. */
        public ModulesPage confirm() {
            browser.driver().findElement(By.id("modules:confirm-yes")).click();
            browser.await(d -> !row(d, module).findElements(ENABLE).isEmpty());
            return ModulesPage.this;
        }

        /** Answers "No" and waits until the dialog is gone. */
        public ModulesPage cancel() {
            browser.driver().findElement(By.id("modules:confirm-no")).click();
            browser.await(d -> !d.findElement(DIALOG).isDisplayed());
            return ModulesPage.this;
        }
    }
}
