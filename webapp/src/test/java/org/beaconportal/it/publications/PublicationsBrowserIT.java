package org.beaconportal.it.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.beaconportal.it.browser.AccessibilityReport;
import org.beaconportal.it.browser.Browser;
import org.beaconportal.it.browser.BrowserExtension;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A reader's journey through the library, in Chromium: filter the catalogue to research reports
 * about labour trafficking, open one, copy its citation, download a section; the catalogue and
 * the detail page pass axe-core. Same set-up as the core browser suite's {@code PortalBrowserTest}
 * (which is package-private there), on the demo library.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
@RunAsClient
class PublicationsBrowserIT {

    private static final String RESEARCH = "Hidden hands: labour trafficking in Colorado agriculture";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void aVisitorFindsAResearchReportCopiesItsCitationAndDownloadsASection() throws Exception {
        CataloguePage catalogue = CataloguePage.open(browser, base)
                .filter("facet-kind", "Research report")
                .filter("facet-topic", "Labour trafficking");

        assertEquals(
                2, catalogue.selectedFacets().size(), catalogue.selectedFacets().toString());
        assertTrue(catalogue.titles().contains(RESEARCH), catalogue.titles().toString());
        assertFalse(catalogue.titles().contains("Annual report 2024"));

        PublicationDetailPage detail = catalogue.open(RESEARCH);
        assertEquals(RESEARCH, detail.title());
        String citation = detail.apaCitation();
        assertTrue(
                citation.startsWith("Moreno, A. L., Okafor, D., & Colorado Anti-Trafficking Coalition. (2024)."),
                citation);

        String status = detail.copyApaCitation();
        assertTrue(
                status.equals("Citation copied to the clipboard.") || status.startsWith("The citation is selected"),
                status);
        if (status.startsWith("The citation is selected")) {
            assertEquals(citation, detail.selectedText().strip(), "without clipboard access the text is selected");
        }

        List<WebElement> sections = detail.sectionLinks();
        assertEquals(3, sections.size());
        String href = sections.get(0).getAttribute("href");
        HttpResponse<byte[]> pdf = fetchFollowing(href);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void catalogueAndDetailPassAxe() {
        CataloguePage.open(browser, base).filter("facet-kind", "Research report");
        AccessibilityReport.of(browser).assertNoSeriousViolations("publications catalogue");

        CataloguePage.open(browser, base).open(RESEARCH);
        AccessibilityReport.of(browser).assertNoSeriousViolations("publication detail");

        browser.open(base, "/es/publications");
        AccessibilityReport.of(browser).assertNoSeriousViolations("catálogo de publicaciones");
    }

    /** Downloads like a browser would: the counted address redirects to the file. */
    private static HttpResponse<byte[]> fetchFollowing(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
