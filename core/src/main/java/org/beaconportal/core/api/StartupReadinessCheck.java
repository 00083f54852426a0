package org.beaconportal.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beaconportal.core.application.PortalStartup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once migrations ran and modules started. */
@Readiness
@ApplicationScoped
public class StartupReadinessCheck implements HealthCheck {

    @Inject
    PortalStartup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("portal-startup")
                .status(startup.isReady())
                .build();
    }
}
