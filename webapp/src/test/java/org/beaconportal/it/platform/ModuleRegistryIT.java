package org.beaconportal.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.ModuleAdministration;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.domain.AuditEvent;
import org.beaconportal.core.domain.ModuleState;
import org.beaconportal.it.platform.fixtures.FailingTestModule;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module wiring on a real Liberty and database: discovery, migrations per module, the persistence
 * unit, enabling and disabling with dependency rules, failed modules.
 */
@ExtendWith(ArquillianExtension.class)
class ModuleRegistryIT {

    private static final Set<String> PORTAL_MODULES =
            Set.of("resources", "publications", "newsletter", "compliance", "statistics");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal()
                .addPackage(FailingTestModule.class.getPackage())
                .addAsResource("db/migration/ittest/V1__ittest.sql")
                .addAsResource("db/migration/ittest/flyway.location")
                .addAsResource("db/migration/itfail/V1__itfail.sql")
                .addAsResource("db/migration/itfail/flyway.location");
    }

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleAdministration administration;

    @Inject
    TestDatabase database;

    @AfterEach
    void switchEverythingBackOn() {
        for (String id : List.of("statistics", "ittest")) {
            if (!registry.isEnabled(id)) {
                registry.enable(id);
            }
        }
    }

    @Test
    void discoversTheFivePortalModulesInDependencyOrder() {
        List<String> ids = registry.all().stream().map(m -> m.descriptor().id()).toList();
        assertTrue(ids.containsAll(PORTAL_MODULES), "discovered: " + ids);
        assertTrue(ids.indexOf("statistics") < ids.indexOf("ittest"), "dependency first: " + ids);
        PORTAL_MODULES.forEach(id -> assertTrue(registry.isEnabled(id), id + " enabled"));
    }

    @Test
    void everyModuleHasItsOwnMigrationHistory() {
        for (String id : List.of("core", "resources", "publications", "newsletter", "compliance", "statistics")) {
            long applied = database.nativeCount("select count(*) from schema_history_" + id + " where success = true");
            assertTrue(applied >= 1, "history of " + id);
        }
    }

    @Test
    void persistenceUnitHoldsTheEntitiesOfCoreAndModules() {
        Set<Class<?>> entities = database.entityTypes();
        assertTrue(
                entities.containsAll(Set.of(Account.class, ModuleState.class, AuditEvent.class)), entities.toString());
        for (String id : PORTAL_MODULES) {
            assertTrue(
                    getClass().getClassLoader().getResource("META-INF/orm-" + id + ".xml") != null,
                    "mapping file of " + id);
        }
    }

    @Test
    void aModuleThatFailsToStartIsDisabledWithItsReasonWhileThePortalRuns() {
        assertFalse(registry.isEnabled("itfail"));
        assertTrue(registry.failure("itfail").orElseThrow().contains(FailingTestModule.REASON));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> registry.enable("itfail"));
        assertEquals("module.enable.failed", refused.messageKey());
        assertTrue(registry.isEnabled("resources"));
    }

    @Test
    void disablingHidesTheModuleAndKeepsItsStateAcrossTheDatabase() throws Exception {
        registry.disable("ittest");

        assertFalse(registry.isEnabled("ittest"));
        assertTrue(registry.enabledModules().noneMatch(m -> m.descriptor().id().equals("ittest")));
        assertFalse(database.fresh(ModuleState.class, "ittest").isEnabled());

        registry.enable("ittest");
        assertTrue(registry.isEnabled("ittest"));
    }

    @Test
    void aModuleOthersDependOnCannotBeDisabled() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> registry.disable("statistics"));

        assertEquals("module.disable.dependents", refused.messageKey());
        assertTrue(registry.isEnabled("statistics"));
    }

    @Test
    void aModuleCannotBeEnabledWhileItsDependencyIsOff() {
        registry.disable("ittest");
        registry.disable("statistics");

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> registry.enable("ittest"));

        assertEquals("module.enable.dependencies", refused.messageKey());
        assertFalse(registry.isEnabled("ittest"));
    }

    @Test
    void switchingModulesIsAuditedAndOnlyForAdministrators() {
        long before = auditCount("module.disable", "ittest");
        registry.disable("ittest");
        assertEquals(before + 1, auditCount("module.disable", "ittest"));

        assertThrows(AccessDeniedException.class, () -> administration.disable("resources"));
        assertTrue(registry.isEnabled("resources"));
    }

    private long auditCount(String action, String target) {
        return database.count(
                "select count(e) from AuditEvent e where e.action = :a and e.targetId = :t",
                Map.of("a", action, "t", target));
    }
}
