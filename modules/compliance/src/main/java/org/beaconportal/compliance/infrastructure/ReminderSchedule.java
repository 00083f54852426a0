package org.beaconportal.compliance.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.compliance.ComplianceModule;
import org.beaconportal.compliance.application.ActionReminders;
import org.beaconportal.core.application.ModuleRegistry;

/**
 * Runs {@link ActionReminders#sendDue()} every hour (each action is reminded at most once a day)
 * while the module is enabled.
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource(lookup = "concurrent/beaconScheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ActionReminders reminders;

    @Inject
    ModuleRegistry registry;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task != null) {
            return;
        }
        task = scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (registry.isEnabled(ComplianceModule.ID)) {
                            reminders.sendDue();
                        }
                    } catch (RuntimeException e) {
                        LOG.log(
                                Level.WARNING,
                                "Action reminders failed: {0}",
                                e.getClass().getSimpleName());
                    }
                },
                10,
                60,
                TimeUnit.MINUTES);
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
