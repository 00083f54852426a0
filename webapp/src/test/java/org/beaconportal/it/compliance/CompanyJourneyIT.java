package org.beaconportal.it.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.it.browser.AccessibilityReport;
import org.beaconportal.it.browser.PortalBrowserTest;
import org.beaconportal.it.compliance.CompanyPages.AssessmentPage;
import org.beaconportal.it.compliance.CompanyPages.RegistrationPage;
import org.beaconportal.it.compliance.CompanyPages.ResultsPage;
import org.beaconportal.it.compliance.CompanyPages.SourcingPage;
import org.beaconportal.it.support.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A company's whole journey in a browser: registers, confirms its e-mail through the link it
 * receives (GreenMail), answers two steps, logs out, comes back to find its answers, finishes and
 * submits, sees its radar chart and scores, uploads a sourcing CSV with one bad row (reported by
 * row number, the good rows kept and screened with exactly the seeded flags), and downloads its PDF
 * report, which holds the company name and the scores. axe-core finds nothing serious on the way.
 */
class CompanyJourneyIT extends PortalBrowserTest {

    private static final String PASSWORD = "journey-passphrase-42";
    private static final Pattern VERIFY_LINK =
            Pattern.compile("(https?://\\S+/compliance/verify\\?token=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(TestSettings.SMTP_PORT, null, "smtp"));

    @Test
    void companyRegistersAssessesScreensItsSourcingAndDownloadsItsReport() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "Journey Apparel " + suffix;
        String username = "journey-" + suffix;
        String email = username + "@example.org";

        RegistrationPage registration = RegistrationPage.open(browser, base);
        AccessibilityReport.of(browser).assertNoSeriousViolations("registration page");
        assertTrue(registration.register(company, email, username, PASSWORD).contains("confirm your address"));

        assertTrue(mail.waitForIncomingEmail(15_000, 1), "verification e-mail sent");
        MimeMessage message = mail.getReceivedMessagesForDomain(email)[0];
        assertEquals("Confirm your e-mail address for Beacon", message.getSubject());
        Matcher link = VERIFY_LINK.matcher(String.valueOf(message.getContent()));
        assertTrue(link.find(), "the e-mail holds the confirmation link");
        String confirmed = CompanyPages.confirmEmail(browser, link.group(1));
        assertTrue(confirmed.contains(company + " is active"), confirmed);
        AccessibilityReport.of(browser).assertNoSeriousViolations("e-mail confirmation page");

        CompanyPages.logIn(browser, base, username, PASSWORD);
        assertEquals(
                company, browser.driver().findElement(By.id("company-name")).getText());

        AssessmentPage step1 = AssessmentPage.open(browser, base, 1);
        assertTrue(step1.stepTitle().startsWith("Step 1"), step1.stepTitle());
        AccessibilityReport.of(browser).assertNoSeriousViolations("assessment step 1");
        int answered = step1.questions().size();
        AssessmentPage step2 = step1.answerAll(-1)
                .noteOnFirstQuestion("Stakeholder list kept by HR")
                .saveAndContinue();
        assertTrue(step2.stepTitle().startsWith("Step 2"), step2.stepTitle());
        answered += step2.questions().size();
        AssessmentPage step3 = step2.answerAll(-1).saveAndContinue();
        assertTrue(step3.stepTitle().startsWith("Step 3"), step3.stepTitle());
        assertTrue(step3.progress().startsWith(answered + " of 16 questions answered"), step3.progress());

        CompanyPages.logOut(browser);
        CompanyPages.logIn(browser, base, username, PASSWORD);

        AssessmentPage again = AssessmentPage.open(browser, base, 1);
        assertTrue(again.allAnswered(-1), "step 1 answers kept");
        assertEquals("Stakeholder list kept by HR", again.noteOfFirstQuestion());
        assertTrue(again.progress().startsWith(answered + " of 16"), again.progress());

        AssessmentPage current = AssessmentPage.open(browser, base, 3);
        for (int step = 3; step < 8; step++) {
            current = current.answerAll(0).saveAndContinue();
        }
        assertTrue(current.stepTitle().startsWith("Step 8"), current.stepTitle());
        ResultsPage results = current.answerAll(0).submit();

        // Steps 1 and 2: highest level everywhere = 100; steps 3-8: level 0 = 0; overall 200 / 8 = 25.
        assertEquals("25", results.overallScore());
        assertEquals("100", results.stepScore(1));
        assertEquals("100", results.stepScore(2));
        assertEquals("0", results.stepScore(5));
        assertTrue(results.chartDrawn(), "radar chart drawn");
        AccessibilityReport.of(browser).assertNoSeriousViolations("results page");

        Path csv = Files.createTempFile("sourcing-", ".csv");
        Files.writeString(
                csv,
                String.join(
                        "\n",
                        "good,country,tier,volume_band",
                        "Cocoa,Côte d'Ivoire,1,high",
                        "cocoa beans,Cote dIvoire,2,medium",
                        "cotton,Turkmenistan,1,high",
                        "cotton,Uzbekistan,2,low",
                        "widgets,Atlantis,seven,low",
                        "moon rocks,Ghana,3,low"),
                StandardCharsets.UTF_8);
        SourcingPage sourcing = SourcingPage.open(browser, base).upload(csv);
        Files.delete(csv);
        String messages = sourcing.messages();
        assertTrue(messages.contains("5 line(s) imported; 1 row(s) could not be read"), messages);
        assertTrue(messages.contains("Row 6: tier must be a number from 1 to 4."), messages);
        List<String> cocoa = sourcing.row("Cocoa", "Côte d'Ivoire");
        assertEquals(List.of("On the list: Cocoa from Côte d'Ivoire", "Yes", "Yes", "Yes"), cocoa.subList(4, 8));
        assertEquals(
                cocoa.subList(4, 8), sourcing.row("cocoa beans", "Cote dIvoire").subList(4, 8));
        assertEquals(
                List.of("On the list: Cotton from Turkmenistan", "Yes", "Yes", "No"),
                sourcing.row("cotton", "Turkmenistan").subList(4, 8));
        assertEquals("Not on the list", sourcing.row("cotton", "Uzbekistan").get(4));
        assertEquals("Not on the list", sourcing.row("moon rocks", "Ghana").get(4));
        assertEquals("2022", sourcing.row("Cocoa", "Côte d'Ivoire").get(9));
        assertEquals(3, sourcing.heatMapRows(), "Cocoa, Cotton and moon rocks");
        AccessibilityReport.of(browser).assertNoSeriousViolations("sourcing page");

        browser.open(base, "/company/actions");
        browser.driver().findElement(By.id("findings:from-findings")).click();
        String plan = browser.await(d -> {
            String text = d.findElement(By.tagName("main")).getText();
            return text.contains("action(s) created") ? text : null;
        });
        assertTrue(plan.contains("8 action(s) created"), plan);
        assertTrue(plan.contains("Improve step 3 (score 0)"), plan);
        assertTrue(plan.contains("Address the risk of Cocoa from Côte d'Ivoire"), plan);
        assertTrue(plan.contains("Address the risk of Cotton from Turkmenistan"), plan);
        AccessibilityReport.of(browser).assertNoSeriousViolations("action plan");
        browser.open(base, "/company");
        AccessibilityReport.of(browser).assertNoSeriousViolations("company home");

        browser.open(base, "/company/report");
        AccessibilityReport.of(browser).assertNoSeriousViolations("report page");
        HttpResponse<byte[]> pdf =
                CompanyDownloads.loggedIn(base, username, PASSWORD).get("/company/report.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        List<String> pages = pdfPages(pdf.body());
        String text = String.join(" ", pages);
        assertTrue(text.contains(company), "company name in the PDF");
        String chartPage = pages.stream()
                .filter(p -> p.contains("Overall score"))
                .findFirst()
                .orElseThrow()
                .replace(" ", "");
        List<String> radarLabels = List.of(
                "1.Engagestakeholdersandpartners(100)",
                "2.Assessrisksandimpacts(100)",
                "3.Developacodeofconduct(0)",
                "4.Communicateandtrain(0)",
                "5.Monitorcompliance(0)",
                "6.Remediateviolations(0)",
                "7.Independentreview(0)",
                "8.Reportperformanceandengagement(0)");
        radarLabels.forEach(
                label -> assertTrue(chartPage.contains(label), "radar label " + label + " on the chart page"));
        assertTrue(chartPage.contains("255075100"), "ring values 25, 50, 75, 100 drawn");
        String compact = text.replace(" ", "");
        assertTrue(compact.contains("Overallscore25"), text);
        assertTrue(compact.contains("1.Engagestakeholdersandpartners100"), text);
        assertTrue(compact.contains("5.Monitorcompliance0"), text);
        assertTrue(text.contains("Turkmenistan"), "sourcing risks in the PDF");
        assertTrue(text.contains("Improve step 3"), "action plan in the PDF");
    }

    /** The text of each page of a valid PDF, white space collapsed. */
    private static List<String> pdfPages(byte[] pdf) throws IOException {
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
            }
            return pages;
        } finally {
            reader.close();
        }
    }
}
