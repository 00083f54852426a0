package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.core.application.AccountService;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.SearchAdministration;
import org.beaconportal.core.domain.AuditEvent;

/** The staff dashboard: module health, accounts, recent staff actions. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    ModuleRegistry registry;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    public long getEnabledModules() {
        return registry.enabledModules().count();
    }

    public int getAllModules() {
        return registry.all().size();
    }

    public List<String> getFailedModules() {
        return registry.all().stream()
                .map(m -> m.descriptor().id())
                .filter(id -> registry.failure(id).isPresent())
                .toList();
    }

    public long getAccounts() {
        return accounts.count();
    }

    public List<AuditEvent> getRecentActions() {
        return audit.latest(0, 8);
    }

    @Inject
    SearchAdministration search;

    public long getIndexedDocuments() {
        return search.indexedDocuments();
    }

    public long getPendingChanges() {
        return search.pendingChanges();
    }

    /** Rebuilds the search index (administrators only, checked by the use case). */
    public void rebuildIndex() {
        long documents = search.rebuild();
        Texts.addInfo("dashboard.rebuilt", documents);
    }
}
