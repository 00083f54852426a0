package org.beaconportal.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive integration tests deploy: the portal exactly as built ({@code target/beacon.war}) plus
 * the test support classes and whatever the test adds.
 *
 * <pre>{@code
 * @Deployment
 * static WebArchive deployment() { return PortalDeployment.portal(); }
 * }</pre>
 */
public final class PortalDeployment {

    private PortalDeployment() {}

    public static WebArchive portal() {
        File war = new File(System.getProperty("beacon.war", "target/beacon.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the portal first: " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addPackage(PortalDeployment.class.getPackage());
    }
}
