package org.beaconportal.it.browser.pages;

import java.net.URL;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The staff login form ({@code /login}). */
public final class LoginPage extends PortalPage {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SUBMIT = By.id("submit");
    private static final By ERROR = By.cssSelector("#login .message-error");

    private LoginPage(Browser browser) {
        super(browser);
        browser.await(d -> !d.findElements(SUBMIT).isEmpty());
    }

    public static LoginPage open(Browser browser, URL base) {
        browser.open(base, "/login");
        return new LoginPage(browser);
    }

    /** The login page the browser shows now, for instance after following the footer link. */
    public static LoginPage shown(Browser browser) {
        return new LoginPage(browser);
    }

    public WebElement usernameField() {
        return browser.driver().findElement(USERNAME);
    }

    public WebElement passwordField() {
        return browser.driver().findElement(PASSWORD);
    }

    /** Fills in the form, presses "Log in" and returns the dashboard staff land on. */
    public DashboardPage logInAs(String username, String password) {
        submit(username, password);
        return DashboardPage.shown(browser);
    }

    /** Fills in the form with credentials that do not work and returns the page with its message. */
    public LoginPage logInExpectingRefusal(String username, String password) {
        submit(username, password);
        browser.await(d -> !d.findElements(ERROR).isEmpty());
        return new LoginPage(browser);
    }

    public String errorMessage() {
        return browser.driver().findElement(ERROR).getText();
    }

    private void submit(String username, String password) {
        usernameField().clear();
        usernameField().sendKeys(username);
        passwordField().clear();
        passwordField().sendKeys(password);
        browser.driver().findElement(SUBMIT).click();
    }
}
