package org.beaconportal.it.support;

/** Values the integration-test server is started with (see src/test/liberty/bootstrap.properties). */
public final class TestSettings {

    /** Password of the initial administrator on the test server. */
    public static final String ADMIN_PASSWORD = "it-admin-passphrase-42";

    /**
     * Port on which the test server sends mail: a test that checks mail starts GreenMail here
     * ({@code new GreenMailExtension(new ServerSetup(TestSettings.SMTP_PORT, null, "smtp"))}).
     */
    public static final int SMTP_PORT = Integer.getInteger("beacon.it.smtp.port", 3025);

    private TestSettings() {}
}
