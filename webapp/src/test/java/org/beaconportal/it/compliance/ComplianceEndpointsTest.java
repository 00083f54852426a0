package org.beaconportal.it.compliance;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the compliance ITs that talk HTTP share: the portal deployed with the compliance test
 * endpoints ({@link TestEndpoints}) and its base URL; the tests run as a client.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ComplianceEndpointsTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestEndpoints.deployment();
    }

    @ArquillianResource
    URL base;
}
