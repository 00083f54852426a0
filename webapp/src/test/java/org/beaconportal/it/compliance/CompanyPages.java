package org.beaconportal.it.compliance;

import java.net.URL;
import java.util.List;
import org.beaconportal.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Page objects of the compliance journey: registration, e-mail confirmation, company login, the
 * assessment steps, results, sourcing screen and report page. Each method acts as a person would
 * (typing, choosing, pressing buttons) and waits for the page that follows.
 */
final class CompanyPages {

    private CompanyPages() {}

    /** {@code /compliance/register}. */
    static final class RegistrationPage {
        private final Browser browser;

        RegistrationPage(Browser browser) {
            this.browser = browser;
            browser.await(d -> !d.findElements(By.id("submit")).isEmpty());
        }

        static RegistrationPage open(Browser browser, URL base) {
            browser.open(base, "/compliance/register");
            return new RegistrationPage(browser);
        }

        /** Fills in the form and submits it; returns the confirmation text shown. */
        String register(String company, String email, String username, String password) {
            type("company", company);
            type("sector", "Apparel and footwear");
            new Select(browser.driver().findElement(By.id("size"))).selectByIndex(2);
            type("country", "United States");
            type("contact", "Rosa Martínez");
            type("email", email);
            type("username", username);
            type("password", password);
            browser.driver().findElement(By.id("submit")).click();
            return browser.await(d ->
                            d.findElements(By.id("registered")).isEmpty() ? null : d.findElement(By.id("registered")))
                    .getText();
        }

        private void type(String id, String text) {
            WebElement field = browser.driver().findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
        }
    }

    /** The page behind the link in the verification e-mail. */
    static String confirmEmail(Browser browser, String link) {
        browser.driver().get(link);
        browser.awaitDocumentReady();
        browser.driver().findElement(By.id("confirm")).click();
        return browser.await(d -> d.findElements(By.id("verified")).isEmpty() ? null : d.findElement(By.id("verified")))
                .getText();
    }

    /** Logs in through {@code /login} and waits for the company area. */
    static void logIn(Browser browser, URL base, String username, String password) {
        browser.open(base, "/login");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("submit")).click();
        browser.await(d -> d.getCurrentUrl().endsWith("/company")
                && !d.findElements(By.id("company-name")).isEmpty());
    }

    /** Presses "Log out" in the company area's header. */
    static void logOut(Browser browser) {
        browser.driver().findElement(By.id("logout-form:logout")).click();
        browser.await(d -> !d.getCurrentUrl().contains("/company"));
    }

    /** {@code /company/assessment?step=N}. */
    static final class AssessmentPage {
        private final Browser browser;

        AssessmentPage(Browser browser) {
            this.browser = browser;
            browser.await(d -> !d.findElements(By.id("answers:save")).isEmpty());
        }

        static AssessmentPage open(Browser browser, URL base, int step) {
            browser.open(base, "/company/assessment?step=" + step);
            return new AssessmentPage(browser);
        }

        String stepTitle() {
            return browser.driver().findElement(By.id("step-title")).getText();
        }

        String progress() {
            return browser.driver().findElement(By.id("progress-text")).getText();
        }

        List<WebElement> questions() {
            return browser.driver().findElements(By.cssSelector("fieldset.question"));
        }

        /** Chooses, for every question of the step, the option at this position (0 = first, -1 = last). */
        AssessmentPage answerAll(int position) {
            for (WebElement question : questions()) {
                List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
                radios.get(position < 0 ? radios.size() + position : position).click();
            }
            return this;
        }

        /** True when every question of the step has the option at this position chosen. */
        boolean allAnswered(int position) {
            return questions().stream().allMatch(q -> {
                List<WebElement> radios = q.findElements(By.cssSelector("input[type=radio]"));
                return radios.get(position < 0 ? radios.size() + position : position)
                        .isSelected();
            });
        }

        AssessmentPage noteOnFirstQuestion(String note) {
            WebElement area = questions().get(0).findElement(By.tagName("textarea"));
            area.clear();
            area.sendKeys(note);
            return this;
        }

        String noteOfFirstQuestion() {
            return questions().get(0).findElement(By.tagName("textarea")).getAttribute("value");
        }

        AssessmentPage saveAndContinue() {
            String before = stepTitle();
            browser.driver().findElement(By.id("answers:save-continue")).click();
            browser.await(d -> !d.findElements(By.id("step-title")).isEmpty()
                    && !d.findElement(By.id("step-title")).getText().equals(before));
            return new AssessmentPage(browser);
        }

        ResultsPage submit() {
            browser.driver().findElement(By.id("answers:submit")).click();
            browser.await(d -> d.getCurrentUrl().contains("/company/results"));
            return new ResultsPage(browser);
        }
    }

    /** {@code /company/results}. */
    static final class ResultsPage {
        private final Browser browser;

        ResultsPage(Browser browser) {
            this.browser = browser;
            browser.await(d -> !d.findElements(By.id("overall-score")).isEmpty());
        }

        String overallScore() {
            return browser.driver().findElement(By.id("overall-score")).getText();
        }

        String stepScore(int step) {
            return browser.driver()
                    .findElement(By.cssSelector("#step-scores td.score[data-step='" + step + "']"))
                    .getText();
        }

        /** True once Chart.js has drawn the radar into its canvas. */
        boolean chartDrawn() {
            return browser.await(d -> {
                List<WebElement> canvases =
                        d.findElements(By.cssSelector("[id$='radar'] canvas, canvas[id$='radar_canvas']"));
                if (canvases.isEmpty()) {
                    return false;
                }
                Object drawn = browser.script(
                        "var c = arguments[0]; return c.width > 0 && c.height > 0" + " && c.toDataURL().length > 1000;",
                        canvases.get(0));
                return Boolean.TRUE.equals(drawn);
            });
        }
    }

    /** {@code /company/sourcing}. */
    static final class SourcingPage {
        private final Browser browser;

        SourcingPage(Browser browser) {
            this.browser = browser;
            browser.await(d ->
                    !d.findElements(By.cssSelector("#upload input[type=file]")).isEmpty());
        }

        static SourcingPage open(Browser browser, URL base) {
            browser.open(base, "/company/sourcing");
            return new SourcingPage(browser);
        }

        /** Chooses the file in the upload control, which sends it at once, and waits for the report. */
        SourcingPage upload(java.nio.file.Path csv) {
            browser.driver()
                    .findElement(By.cssSelector("#upload input[type=file]"))
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.await(d -> d.findElement(By.id("status")).getText().contains("imported"));
            return new SourcingPage(browser);
        }

        String messages() {
            return browser.driver().findElement(By.id("status")).getText();
        }

        /** The screen's row for a good and country, as the texts of its cells. */
        List<String> row(String good, String country) {
            for (WebElement row : browser.driver().findElements(By.cssSelector("#screen tbody tr"))) {
                List<WebElement> cells = row.findElements(By.xpath("./th|./td"));
                if (cells.size() > 1
                        && cells.get(0).getText().equals(good)
                        && cells.get(1).getText().equals(country)) {
                    return cells.stream().map(WebElement::getText).toList();
                }
            }
            throw new AssertionError("No screened line " + good + " / " + country + " in:\n"
                    + browser.driver().findElement(By.id("lines")).getText());
        }

        int heatMapRows() {
            return browser.driver()
                    .findElements(By.cssSelector("#heatmap tbody tr"))
                    .size();
        }
    }
}
