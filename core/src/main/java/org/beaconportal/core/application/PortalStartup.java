package org.beaconportal.core.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.core.infrastructure.DataDirectory;
import org.beaconportal.core.infrastructure.SchemaMigrator;
import org.beaconportal.core.spi.PortalModule;
import org.beaconportal.core.spi.SeedContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the portal up when the application starts: migrates core's schema, then each module's in
 * dependency order, starts and seeds the modules, and creates the first administrator. A module
 * that fails here is disabled with its reason; the portal keeps running.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Inject
    SchemaMigrator migrator;

    @Inject
    ModuleRegistry registry;

    @Inject
    AccountService accounts;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "beacon.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "beacon.demo.content", defaultValue = "true")
    boolean demoContent;

    @Inject
    CoreDemoContent coreDemoContent;

    @Inject
    OutboxWorker outboxWorker;

    @Inject
    SearchIndexer searchIndexer;

    @Inject
    SearchIndex searchIndex;

    @Inject
    ScheduledPublishing scheduledPublishing;

    @Resource(lookup = "concurrent/beaconScheduler")
    ManagedScheduledExecutorService scheduler;

    private volatile boolean ready;
    private ScheduledFuture<?> publishingTask;

    @PreDestroy
    void stop() {
        if (publishingTask != null) {
            publishingTask.cancel(false);
        }
    }

    @Inject
    StarterTaxonomy starterTaxonomy;

    void onStart(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> "Beacon data directory: " + dataDirectory.root());
        LOG.info(() -> "Beacon database: " + migrator.describeDatabase());
        migrator.migrate("core", "db/migration/core");
        migrator.migratePostgresOnly();
        for (PortalModule module : registry.discover()) {
            startModule(module);
        }
        registry.loadStates();
        starterTaxonomy.loadIfEmpty();
        if (demoContent) {
            coreDemoContent.loadIfEmpty();
            seedModules();
        }
        if (searchIndex.size() == 0) {
            long documents = searchIndexer.rebuild();
            LOG.info(() -> "Search index built from the database: " + documents + " documents");
        }
        outboxWorker.start();
        publishingTask = scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        scheduledPublishing.runOnce(OffsetDateTime.now(clock));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Scheduled publishing failed", e);
                    }
                },
                5,
                30,
                TimeUnit.SECONDS);
        accounts.ensureInitialAdmin(adminPassword)
                .ifPresent(password -> LOG.warning(() -> "Initial administrator '"
                        + AccountService.INITIAL_ADMIN + "' created with the generated password " + password
                        + " . It is shown only this once: log in at /login and change it."));
        ready = true;
        LOG.info(() -> "Beacon started with " + registry.enabledModules().count() + " of "
                + registry.all().size() + " modules enabled");
    }

    private void startModule(PortalModule module) {
        String id = module.descriptor().id();
        if (registry.failure(id).isPresent()) {
            LOG.warning(() ->
                    "Module " + id + " not started: " + registry.failure(id).orElseThrow());
            return;
        }
        try {
            migrator.migrate(id, module.descriptor().migrationLocation());
            module.start();
        } catch (RuntimeException e) {
            registry.markFailed(id, e.getMessage());
            LOG.log(Level.WARNING, "Module " + id + " failed to start and is disabled", e);
        }
    }

    private void seedModules() {
        SeedContext context = new SeedContext() {
            @Override
            public Path dataDirectory() {
                return dataDirectory.root();
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public String seedAuthor() {
                return AuditTrail.SYSTEM;
            }
        };
        registry.enabledModules().forEach(module -> {
            try {
                if (registry.seedIfNeeded(module, context)) {
                    LOG.info(() -> "Demo content of " + module.descriptor().id() + " loaded");
                }
            } catch (RuntimeException e) {
                registry.markFailed(module.descriptor().id(), "Demo content failed: " + e.getMessage());
                LOG.log(Level.WARNING, "Demo content of " + module.descriptor().id() + " failed", e);
            }
        });
    }

    /** True once migrations ran and modules started; the readiness check reports it. */
    public boolean isReady() {
        return ready;
    }
}
