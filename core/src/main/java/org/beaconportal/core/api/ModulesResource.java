package org.beaconportal.core.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.web.ModuleTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/modules}: the portal's modules and whether they are enabled. */
@Path("/v1/modules")
@RequestScoped
public class ModulesResource {

    /** One module as the API shows it. */
    public record ModuleJson(String id, String name, String version, boolean enabled) {}

    @Inject
    ModuleRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List modules", description = "Every module of the portal with its version and state.")
    public List<ModuleJson> list() {
        return registry.all().stream()
                .map(m -> new ModuleJson(
                        m.descriptor().id(),
                        ModuleTexts.text(m, m.descriptor().nameKey(), Locale.ENGLISH),
                        m.descriptor().version(),
                        registry.isEnabled(m.descriptor().id())))
                .toList();
    }
}
