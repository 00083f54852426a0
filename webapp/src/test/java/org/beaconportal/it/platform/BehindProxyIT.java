package org.beaconportal.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind a TLS-terminating proxy (on a private address, here localhost): the forwarded scheme makes
 * the request secure, so Strict-Transport-Security is sent; plain HTTP without a proxy gets none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BehindProxyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    private Optional<String> hsts(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "login"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.headers().firstValue("Strict-Transport-Security");
    }

    @Test
    void aRequestForwardedOverHttpsGetsHsts() throws Exception {
        Optional<String> hsts = hsts("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

        assertTrue(hsts.isPresent(), "HSTS behind a TLS proxy");
        assertTrue(hsts.get().contains("max-age=31536000"), hsts.get());
    }

    @Test
    void plainHttpGetsNoHsts() throws Exception {
        assertTrue(hsts().isEmpty());
    }
}
