package org.beaconportal.statistics.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.statistics.StatisticsModule;

/**
 * Whether the statistics module is switched on, for the endpoints core's routing filter lets
 * through untouched ({@code /api/...}, {@code /embed/...}): they answer 404 while it is off.
 */
@ApplicationScoped
public class StatisticsAvailability {

    @Inject
    ModuleRegistry registry;

    public boolean isEnabled() {
        return registry.isEnabled(StatisticsModule.ID);
    }
}
