package org.beaconportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.beaconportal.compliance.application.ComplianceReferenceData;
import org.beaconportal.compliance.infrastructure.ReminderSchedule;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;

/** Descriptor of the compliance module: what it is called, where it lives and what it contributes. */
@ApplicationScoped
public class ComplianceModule implements PortalModule {

    public static final String ID = "compliance";

    @Inject
    ComplianceReferenceData referenceData;

    @Inject
    ReminderSchedule reminders;

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "0.2.0", "compliance.module.name", CoreSpi.VERSION, Set.of(), "/compliance");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("compliance.nav", "/compliance", 40));
    }

    @Override
    public List<NavigationEntry> staffNavigation() {
        return List.of(
                new NavigationEntry("compliance.staff.nav", "/admin/compliance", 40),
                new NavigationEntry("compliance.staff.questionnaire.nav", "/admin/compliance/questionnaire", 41),
                new NavigationEntry("compliance.staff.guidance.nav", "/admin/compliance/guidance", 42),
                new NavigationEntry("compliance.staff.goods.nav", "/admin/compliance/goods", 43),
                new NavigationEntry("compliance.staff.shared.nav", "/admin/compliance/shared", 44));
    }

    @Override
    public void start() {
        referenceData.ensure();
        reminders.start();
    }
}
