package org.beaconportal.it.compliance;

import org.beaconportal.it.browser.Browser;
import org.beaconportal.it.browser.BrowserExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the compliance browser ITs share besides {@link ComplianceEndpointsTest}: one Chromium per
 * class ({@link BrowserExtension}, registered after Arquillian's extension by inheritance order).
 */
@ExtendWith(BrowserExtension.class)
abstract class ComplianceBrowserTest extends ComplianceEndpointsTest {

    Browser browser;
}
