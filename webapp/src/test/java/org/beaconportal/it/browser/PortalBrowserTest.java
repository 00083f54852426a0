package org.beaconportal.it.browser;

import java.net.URL;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the portal deployed as built, its base URL, and one Chromium
 * per test class (started by {@link BrowserExtension}, which skips the class loudly when Chromium
 * is missing).
 *
 * <pre>{@code
 * class SearchJourneyIT extends PortalBrowserTest {
 *     @Test void findsAPage() { HomePage.open(browser, base)... }
 * }
 * }</pre>
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
@RunAsClient
public abstract class PortalBrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    protected URL base;

    protected Browser browser;
}
