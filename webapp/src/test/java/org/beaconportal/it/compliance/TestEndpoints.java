package org.beaconportal.it.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.beaconportal.it.compliance.fixtures.ComplianceTestResource;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The compliance ITs' way to the test-only endpoints of {@link ComplianceTestResource}: the portal
 * deployed with them, and a form post that must answer 200.
 *
 * <pre>{@code
 * String company = TestEndpoints.company(client, "Acme " + suffix, "acme-" + suffix, PASSWORD);
 * TestEndpoints.post(member, "/api/test/compliance/seed", Map.of("evidence", "e", "due", "2031-01-31"));
 * }</pre>
 */
final class TestEndpoints {

    private TestEndpoints() {}

    /** The portal as built, plus the compliance test endpoints. */
    static WebArchive deployment() {
        return PortalDeployment.portal().addPackage(ComplianceTestResource.class.getPackage());
    }

    /** A verified company whose owner's address is {@code <username>@example.org}; returns the company id. */
    static String company(PortalClient client, String name, String username, String password) {
        return post(
                client,
                "/api/test/compliance/companies",
                Map.of("name", name, "username", username, "password", password, "email", username + "@example.org"));
    }

    /**
     * A colleague (not owner) of the company, with the address {@code <username>@example.org}.
     *
     * @param language {@code en} or {@code es} for the e-mails, or null when not known
     */
    static void colleague(PortalClient client, String companyId, String username, String password, String language) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "company", companyId, "username", username, "password", password, "email", username + "@example.org"));
        if (language != null) {
            fields.put("language", language);
        }
        post(client, "/api/test/compliance/colleague", fields);
    }

    /** Posts the form fields as the client (with its session) and returns the body of the 200 answer. */
    static String post(PortalClient client, String path, Map<String, String> fields) {
        HttpResponse<String> response = client.postForm(path, fields, client.origin());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
