package org.beaconportal.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.beaconportal.core.application.PortalStartup;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StartupReadinessCheckTest {

    /** Liberty's health feature builds responses in the server; here, the plainest builder does. */
    @BeforeAll
    static void plainResponses() {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
    }

    @Test
    void isDownUntilThePortalHasMigratedAndStartedItsModules() {
        StartupReadinessCheck check = new StartupReadinessCheck();
        check.startup = new PortalStartup();

        HealthCheckResponse response = check.call();

        assertEquals("portal-startup", response.getName());
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    }

    private static final class PlainBuilder extends HealthCheckResponseBuilder {

        private String name;
        private boolean up;

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(
                    name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
        }
    }
}
