package org.beaconportal.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.beaconportal.compliance.ComplianceModule;
import org.beaconportal.compliance.application.ActionReminders;
import org.beaconportal.core.application.BackgroundJobs;
import org.beaconportal.core.application.ModuleRegistry;

/**
 * Runs {@link ActionReminders#sendDue()} every hour (each action is reminded at most once a day)
 * while the module is enabled, on one node of a cluster at a time.
 */
@ApplicationScoped
public class ReminderSchedule {

    /** The background job's name (its lease). */
    public static final String JOB = "compliance-reminders";

    @Inject
    BackgroundJobs jobs;

    @Inject
    ActionReminders reminders;

    @Inject
    ModuleRegistry registry;

    private boolean started;

    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        jobs.every(JOB, Duration.ofMinutes(10), Duration.ofHours(1), () -> {
            if (registry.isEnabled(ComplianceModule.ID)) {
                reminders.sendDue();
            }
        });
    }
}
