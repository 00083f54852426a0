package org.beaconportal.it.support;

/** Values the integration-test server is started with (see src/test/liberty/bootstrap.properties). */
public final class TestSettings {

    /** Password of the initial administrator on the test server. */
    public static final String ADMIN_PASSWORD = "it-admin-passphrase-42";

    private TestSettings() {}
}
