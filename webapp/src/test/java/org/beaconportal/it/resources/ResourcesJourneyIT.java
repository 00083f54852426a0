package org.beaconportal.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beaconportal.it.browser.AccessibilityReport;
import org.beaconportal.it.browser.PortalBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor's journeys through the resources module in a real browser, each page checked with
 * axe-core (no serious or critical violation).
 */
class ResourcesJourneyIT extends PortalBrowserTest {

    @Test
    void aVisitorReadsTheSexTraffickingPageInSpanish() {
        TopicReadingPage english = TopicReadingPage.open(browser, base, "/resources/topics/sex-trafficking");
        assertEquals("Sex trafficking", english.heading());

        TopicReadingPage spanish = english.switchLanguage();

        assertEquals("es", spanish.shell().language());
        assertTrue(spanish.url().endsWith("/es/resources/topics/trata-sexual"), spanish.url());
        assertEquals("Trata sexual", spanish.heading());
        assertTrue(spanish.articleText().contains("toda persona menor de 18 años"));
        assertEquals("Trata sexual", spanish.currentInContents());
        assertEquals(6, spanish.contents().size(), "the six topics of the section");
        AccessibilityReport.of(browser).assertNoSeriousViolations("sex trafficking page in Spanish");

        TopicReadingPage next = spanish.next();
        assertEquals("Cuando la trata laboral y la sexual se cruzan", next.heading());
    }

    @Test
    void aVisitorFiltersLawsToColoradoStatutes() {
        LawListPage laws = LawListPage.open(browser, base, "/resources/laws");
        assertTrue(laws.citations().size() >= 13);

        LawListPage colorado = laws.filter("Colorado", "Statute", null);

        assertTrue(colorado.url().contains("jurisdiction=colorado"), colorado.url());
        assertTrue(colorado.url().contains("kind=statute"), colorado.url());
        assertEquals(
                List.of("C.R.S. 18-3-501", "C.R.S. 18-3-502", "C.R.S. 18-3-503", "C.R.S. 18-3-504", "C.R.S. 18-3-505"),
                colorado.citations().stream().sorted().toList());
        assertEquals("5 law(s) found", colorado.count());
        AccessibilityReport.of(browser).assertNoSeriousViolations("laws filtered to Colorado statutes");

        LawListPage shared = LawListPage.open(
                browser, base, colorado.url().substring(colorado.url().indexOf("/resources")));
        assertEquals(colorado.citations(), shared.citations(), "the filtered list is shareable by its address");

        LawListPage timeline = shared.timeline();
        assertTrue(timeline.url().contains("view=timeline") && timeline.url().contains("jurisdiction=colorado"));
        AccessibilityReport.of(browser).assertNoSeriousViolations("laws timeline");
    }

    @Test
    void aVisitorFindsASpanishSpeakingLegalServiceInAdamsCounty() {
        DirectoryPage directory = DirectoryPage.open(browser, base, "/es/resources/directory");
        assertFalse(directory.notice().isBlank(), "the not-an-endorsement notice is shown");

        DirectoryPage results = directory.search("Ayuda legal", "Adams", "Español");

        assertTrue(results.url().contains("service=legal"), results.url());
        assertTrue(results.url().contains("county=Adams"));
        assertTrue(results.url().contains("speaks=es"));
        assertFalse(results.cards().isEmpty());
        assertTrue(
                results.names().contains("Front Range Legal Aid Project"),
                results.names().toString());
        for (WebElement card : results.cards()) {
            String text = card.findElement(By.xpath(".")).getText();
            assertTrue(text.contains("Ayuda legal"), text);
            assertTrue(text.contains("Español"), text);
            assertTrue(text.contains("Adams") || text.contains("Todo el estado"), text);
        }
        assertTrue(results.count().startsWith(results.cards().size() + " "), results.count());
        AccessibilityReport.of(browser).assertNoSeriousViolations("directory results in Spanish");
    }

    @Test
    void theOtherPagesOfTheModuleHaveNoSeriousAccessibilityViolations() {
        for (String path : List.of(
                "/resources",
                "/es/resources/help",
                "/resources/laws/crs-18-3-504",
                "/es/resources/directory/front-range-legal-aid-project",
                "/resources/directory/suggest",
                "/es/resources/directory/suggest?result=invalid&reason=resources.org.servicesRequired")) {
            browser.open(base, path);
            browser.await(d -> !d.findElements(By.cssSelector("main#main h1")).isEmpty());
            AccessibilityReport.of(browser).assertNoSeriousViolations(path);
        }
    }
}
