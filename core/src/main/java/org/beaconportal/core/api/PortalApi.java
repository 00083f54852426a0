package org.beaconportal.core.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's REST API root, {@code /api}; versioned resources live under {@code /api/v1}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Beacon API",
                        version = "1",
                        description = "Read-only access to the portal's modules and published content."))
public class PortalApi extends Application {}
