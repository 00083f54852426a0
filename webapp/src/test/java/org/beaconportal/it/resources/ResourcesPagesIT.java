package org.beaconportal.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module's public pages as a reader gets them after a fresh start: demo content in English
 * and Spanish, laws filters that combine and live in the URL, the directory, the suggestion form
 * (redirect after post, honeypot), all without a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourcesPagesIT {

    private static final Pattern LAW_ITEM = Pattern.compile("<li class=\"law-item\">.*?</li>", Pattern.DOTALL);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    private String page(String path) {
        HttpResponse<String> response = new PortalClient(base).get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " sets no cookie");
        return response.body();
    }

    private static long count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/resources/topics/what-is-human-trafficking",
                "/es/resources/topics/que-es-la-trata-de-personas",
                "/resources/topics/labour-trafficking",
                "/es/resources/topics/trata-laboral",
                "/resources/topics/sex-trafficking",
                "/es/resources/topics/trata-sexual",
                "/resources/topics/labour-and-sex-trafficking-overlap",
                "/es/resources/topics/trata-laboral-y-sexual",
                "/resources/topics/signs-and-indicators",
                "/es/resources/topics/senales-e-indicadores",
                "/resources/topics/myths-and-facts",
                "/es/resources/topics/mitos-y-realidades",
                "/resources/topics/browse-safely",
                "/es/resources/topics/navegar-con-seguridad",
                "/resources/laws/tvpa-2000",
                "/es/resources/laws/ley-proteccion-victimas-trata-2000",
                "/resources/laws/crs-18-3-503",
                "/es/resources/laws/crs-18-3-503",
                "/resources/laws/hb14-1273",
                "/es/resources/laws/hb14-1273",
                "/resources/help",
                "/es/resources/help",
                "/resources/directory",
                "/es/resources/directory",
                "/resources/directory/suggest",
                "/es/resources/directory/suggest"
            })
    void demoContentIsThereInBothLanguagesWithOneHeading(String path) {
        String html = page(path);
        assertEquals(1, count(html, "<h1"), path + " has one h1");
        assertTrue(html.contains(path.startsWith("/es/") ? "lang=\"es\"" : "lang=\"en\""));
    }

    @Test
    void sexTraffickingInSpanishHasTheMinorsRuleContentsAndNeighbours() {
        String html = page("/es/resources/topics/trata-sexual");

        assertTrue(html.contains("<h1>Trata sexual</h1>"));
        assertTrue(html.contains("toda persona menor de 18 años"));
        assertTrue(html.contains("No hace falta demostrar fuerza, fraude ni coacción"));
        assertTrue(html.contains("href=\"/es/resources/topics/trata-laboral\" rel=\"prev\""), "previous topic");
        assertTrue(html.contains("href=\"/es/resources/topics/trata-laboral-y-sexual\" rel=\"next\""), "next topic");
        assertTrue(html.contains("aria-current=\"page\""), "the table of contents marks the page");
        assertTrue(html.contains("css/resources.css"), "loads the module's (print) stylesheet");
    }

    @Test
    void theLanguageSwitchLeadsToTheTranslation() {
        HttpResponse<String> response = new PortalClient(base).get("/es/resources/topics/sex-trafficking");

        assertEquals(302, response.statusCode());
        assertEquals(
                "/es/resources/topics/trata-sexual",
                response.headers().firstValue("Location").orElse(""));
        assertEquals(
                404,
                new PortalClient(base).get("/resources/topics/no-such-topic").statusCode());
    }

    @Test
    void lawFiltersCombineAndLiveInTheUrl() {
        String colorado = page("/resources/laws?jurisdiction=colorado&kind=statute");
        Map<String, String> items = lawItems(colorado);
        assertEquals(
                java.util.Set.of(
                        "C.R.S. 18-3-501", "C.R.S. 18-3-502", "C.R.S. 18-3-503", "C.R.S. 18-3-504", "C.R.S. 18-3-505"),
                items.keySet());
        assertTrue(colorado.contains("5 law(s) found"));
        assertTrue(colorado.contains("<option value=\"colorado\" selected=\"selected\">"), "the form shows the filter");
        assertTrue(
                colorado.contains("href=\"/resources/laws?jurisdiction=colorado&amp;kind=statute&amp;view=timeline\""),
                "the timeline link keeps the filters");

        Map<String, String> bills = lawItems(page("/resources/laws?jurisdiction=colorado&kind=bill&year=2014"));
        assertEquals(java.util.Set.of("HB14-1273"), bills.keySet());

        Map<String, String> federal2008 = lawItems(page("/resources/laws?jurisdiction=federal&year=2008"));
        assertEquals(java.util.Set.of("Pub. L. 110-457"), federal2008.keySet());

        assertTrue(page("/resources/laws?jurisdiction=colorado&year=2000").contains("0 law(s) found"));
        assertTrue(lawItems(page("/resources/laws")).size() >= 13, "no filter: every law");

        String timeline = page("/es/resources/laws?jurisdiction=federal&view=timeline");
        assertTrue(timeline.contains("class=\"timeline\""));
        assertTrue(timeline.indexOf(">2000</h2>") < timeline.indexOf(">2023</h2>"), "oldest first");
        assertFalse(timeline.contains("C.R.S. 18-3-503"));
    }

    private static Map<String, String> lawItems(String html) {
        Map<String, String> items = new LinkedHashMap<>();
        Matcher matcher = LAW_ITEM.matcher(html);
        while (matcher.find()) {
            Matcher citation =
                    Pattern.compile("<span class=\"citation\">([^<]+)</span>").matcher(matcher.group());
            if (citation.find()) {
                items.put(citation.group(1).strip(), matcher.group());
            }
        }
        return items;
    }

    @Test
    void directorySearchShowsCountNoticeAndOnlyMatches() {
        String html = page("/es/resources/directory?service=legal&county=Adams&speaks=es");

        assertTrue(html.contains("id=\"not-endorsement\""));
        assertTrue(html.contains("organización(es) encontrada(s)"));
        assertTrue(html.contains("Front Range Legal Aid Project"), "legal help in Spanish serving Adams");
        assertFalse(html.contains("Adams County Survivor Shelter Network"), "no shelter-only listing");
        assertTrue(html.contains("<option value=\"Adams\" selected=\"selected\">Adams</option>"));
    }

    @Test
    void theSuggestionFormRedirectsAfterPostAndRefusesTheHoneypotPolitely() {
        PortalClient client = new PortalClient(base);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lang", "es");
        fields.put("kind", "new");
        fields.put("name", "Honeypot Test Org");
        fields.put("services", "legal");
        fields.put("languages", "es");
        fields.put("counties", "Denver");
        fields.put("phone", "(303) 555-0177");
        fields.put("homepage", "http://spam.example.com");

        HttpResponse<String> refused = client.postForm("/api/v1/resources/suggestions", fields, client.origin());

        assertEquals(303, refused.statusCode());
        String location = refused.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/es/resources/directory/suggest?result=refused"), location);
        assertTrue(page("/es/resources/directory/suggest?result=refused").contains("no pudimos aceptar este envío"));

        fields.put("homepage", "");
        fields.put("name", "Form Test Org " + System.nanoTime());
        HttpResponse<String> sent = client.postForm("/api/v1/resources/suggestions", fields, client.origin());
        assertEquals(303, sent.statusCode());
        assertTrue(sent.headers().firstValue("Location").orElse("").endsWith("?result=sent"));
        assertTrue(sent.headers().allValues("Set-Cookie").isEmpty(), "posting a suggestion creates no session");
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty());
        assertTrue(
                page("/resources/directory?q=" + fields.get("name").replace(' ', '+'))
                        .contains("0 organization(s) found"),
                "a suggestion is not listed before staff approve it");
    }
}
