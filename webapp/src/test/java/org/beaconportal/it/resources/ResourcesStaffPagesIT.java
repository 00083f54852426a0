package org.beaconportal.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module's staff pages: behind login, and the editor shows each content type's own fields. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourcesStaffPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @ValueSource(
            strings = {"/admin/resources/suggestions", "/admin/resources/directory", "/es/admin/resources/directory"})
    void staffPagesNeedALogin(String path) {
        HttpResponse<String> response = new PortalClient(base).get(path);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void staffSeeTheQueueTheImportPageAndTheTypeFieldsInTheEditor() {
        PortalClient client = new PortalClient(base);
        assertEquals(302, client.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());

        String queue = client.get("/admin/resources/suggestions").body();
        assertTrue(queue.contains("<h1>Listing suggestions</h1>"), queue);
        String directory = client.get("/admin/resources/directory").body();
        assertTrue(directory.contains("Download the directory as CSV"));
        assertTrue(client.get("/admin").body().contains("Listing suggestions"), "staff menu entry");

        String law = client.get("/admin/content/edit?type=law").body();
        assertTrue(law.contains("lawCitation") && law.contains("lawJurisdiction"), "law fields in the editor");
        String organization =
                client.get("/admin/content/edit?type=organization").body();
        assertTrue(organization.contains("orgServices") && organization.contains("orgCounties"));
        assertTrue(client.get("/admin/content/edit?type=topic").body().contains("topicSection"));
        assertTrue(client.get("/admin/content/edit?type=hotline").body().contains("hotlineCall"));
    }
}
