package org.beaconportal.core.domain;

import java.util.List;

/** The append-only audit trail. */
public interface AuditRepository {

    void append(AuditEvent event);

    List<AuditEvent> latest(int first, int max);

    long count();
}
