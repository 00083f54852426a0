package org.beaconportal.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

/** What an anonymous reader gets: pages without session or cookie, language from the URL, safe headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicReadingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/es/", "/login", "/es/login", "/resources", "/es/statistics", "/no-such-page"})
    void readingSetsNoCookie(String path) {
        HttpResponse<String> response = new PortalClient(base).get(path);

        assertTrue(response.statusCode() == 200 || response.statusCode() == 404, path + " " + response.statusCode());
        assertTrue(
                response.headers().allValues("Set-Cookie").isEmpty(),
                path + " set " + response.headers().allValues("Set-Cookie"));
    }

    @Test
    void languageComesFromTheUrlWithAlternatesDeclared() {
        PortalClient client = new PortalClient(base);

        String english = client.get("/resources").body();
        String spanish = client.get("/es/resources").body();

        assertTrue(english.contains("lang=\"en\""));
        assertTrue(spanish.contains("lang=\"es\""));
        assertTrue(spanish.contains("Entender la trata de personas y pedir ayuda"));
        assertTrue(english.contains("hreflang=\"es\" href=\"/es/resources\""));
        assertTrue(spanish.contains("rel=\"canonical\" href=\"/es/resources\""));
        assertEquals(1, count(english, "<h1"), "one h1 per page");
    }

    @Test
    void everyPageCarriesQuickExitSkipLinkAndHotlines() {
        String home = new PortalClient(base).get("/").body();

        assertTrue(home.contains("id=\"quick-exit\""));
        assertTrue(home.contains("class=\"skip-link\" href=\"#main\""));
        assertTrue(home.contains("1-888-373-7888"));
        assertTrue(home.contains("233733"));
        assertTrue(home.contains("866-455-5075"));
        assertTrue(home.contains("720-999-9724"));
        assertTrue(home.contains("<main id=\"main\""));
    }

    @Test
    void homePageIsAssembledFromModuleWidgets() {
        String home = new PortalClient(base).get("/").body();

        assertTrue(home.contains("id=\"widget-resources-get-help\""));
        assertTrue(home.contains("id=\"widget-statistics-key-figures\""));
        assertTrue(home.contains("27.6 million"));
    }

    @Test
    void securityHeadersAreSent() {
        HttpResponse<String> response = new PortalClient(base).get("/");

        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void unknownPagesAnswerAFriendly404InTheReadersLanguage() {
        HttpResponse<String> response = new PortalClient(base).get("/es/no-existe");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Página no encontrada"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void xhtmlAddressesRedirectToCleanUrls() {
        HttpResponse<String> response = new PortalClient(base).get("/resources/index.xhtml");

        assertEquals(301, response.statusCode());
        assertEquals("/resources", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void crossSitePostsAreRefused() {
        PortalClient client = new PortalClient(base);
        Map<String, String> fields =
                PortalClient.hiddenFields(client.get("/login").body());
        fields.put("username", "admin");
        fields.put("password", "whatever-it-is");

        HttpResponse<String> response = client.postForm("/login", fields, "https://attacker.example");

        assertEquals(403, response.statusCode());
    }

    @Test
    void modulesApiListsTheFiveModulesEnabled() {
        HttpResponse<String> response = new PortalClient(base).get("/api/v1/modules");

        assertEquals(200, response.statusCode());
        JsonArray modules = Json.createReader(new StringReader(response.body())).readArray();
        Set<String> enabled = modules.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getBoolean("enabled"))
                .map(m -> m.getString("id"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("resources", "publications", "newsletter", "compliance", "statistics"), enabled);
        assertTrue(modules.getJsonObject(0).containsKey("version"));
        assertTrue(modules.getJsonObject(0).containsKey("name"));
    }

    @Test
    void healthAndOpenApiAnswer() {
        PortalClient client = new PortalClient(base);

        HttpResponse<String> health = client.get("/health");
        HttpResponse<String> openApi = client.get("/openapi");

        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertTrue(openApi.body().contains("/api/v1/modules"), openApi.body());
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
