package org.beaconportal.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The staff area: login, roles, throttling, sessions only after login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/modules", "/admin/users", "/es/admin/audit"})
    void anonymousVisitorsAreSentToTheLoginPage(String path) {
        HttpResponse<String> response = new PortalClient(base).get(path);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void administratorLogsInAndOnlyThenGetsASession() {
        PortalClient client = new PortalClient(base);
        assertFalse(client.hasCookie("BEACONSESSION"));

        HttpResponse<String> login = client.login("admin", TestSettings.ADMIN_PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        HttpResponse<String> dashboard = client.get("/admin");

        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("<h1>Dashboard</h1>"));
        assertTrue(client.hasCookie("BEACONAUTH"));
        assertTrue(client.hasCookie("BEACONSESSION"));
        assertEquals(200, client.get("/admin/modules").statusCode());
    }

    @Test
    void aCompanyUserIsRefusedTheStaffArea() {
        PortalClient client = new PortalClient(base);
        client.createAccount("acme-buyer", "company passphrase 1", "COMPANY");

        client.login("acme-buyer", "company passphrase 1");

        HttpResponse<String> response = client.get("/admin");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Access denied"));
    }

    @Test
    void anEditorCannotOpenModuleOrUserManagement() {
        PortalClient client = new PortalClient(base);
        client.createAccount("desk-editor", "editor passphrase 1", "EDITOR");
        client.login("desk-editor", "editor passphrase 1");

        assertEquals(200, client.get("/admin").statusCode());
        assertEquals(403, client.get("/admin/modules").statusCode());
        assertEquals(403, client.get("/admin/users").statusCode());
    }

    @Test
    void fiveWrongPasswordsPauseLoginsEvenWithTheRightOne() {
        PortalClient client = new PortalClient(base);
        client.createAccount("throttled-user", "right passphrase 1", "EDITOR");

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = client.login("throttled-user", "wrong passphrase " + attempt);
            assertEquals(401, wrong.statusCode());
        }
        HttpResponse<String> refused = client.login("throttled-user", "right passphrase 1");

        assertEquals(200, refused.statusCode(), "no redirect into the staff area");
        assertTrue(refused.body().contains("Too many failed attempts"), refused.body());
        assertEquals(302, client.get("/admin").statusCode());
    }

    @Test
    void aWrongPasswordGetsAClearMessage() {
        PortalClient client = new PortalClient(base);

        HttpResponse<String> response = client.login("admin", "not the password");

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("The user name or password is not correct."));
        assertFalse(client.hasCookie("BEACONSESSION"));
    }
}
