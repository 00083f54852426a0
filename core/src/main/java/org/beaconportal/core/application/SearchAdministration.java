package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.beaconportal.core.spi.PortalRole;

/** The administrator's search tools: rebuilding the index on demand, and its state. */
@ApplicationScoped
@StaffOnly(PortalRole.ADMIN)
public class SearchAdministration {

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchIndex index;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** Rebuilds the index from the database; returns the number of documents indexed. */
    @Transactional
    public long rebuild() {
        long documents = indexer.rebuild();
        audit.record("search.rebuild", "search", null, documents + " documents");
        return documents;
    }

    public long indexedDocuments() {
        return index.size();
    }

    /** Changes waiting to reach the index (and other outbox work). */
    public long pendingChanges() {
        return outbox.pending();
    }
}
