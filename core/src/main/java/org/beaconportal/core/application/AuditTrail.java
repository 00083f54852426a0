package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.core.domain.AuditEvent;
import org.beaconportal.core.domain.AuditRepository;

/**
 * Records staff actions. Joins the caller's transaction, so an action and its audit event commit
 * or roll back together.
 *
 * <pre>{@code
 * audit.record("module.disable", "module", "newsletter", null);
 * }</pre>
 */
@ApplicationScoped
public class AuditTrail {

    /** Actor recorded for actions of the portal itself (startup, scheduled jobs). */
    public static final String SYSTEM = "system";

    @Inject
    AuditRepository repository;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, String targetId, String detail) {
        record(currentActor(), action, targetType, targetId, detail);
    }

    /** Records an action of a known actor (use cases that receive their {@link Editor}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String targetType, String targetId, String detail) {
        repository.append(new AuditEvent(OffsetDateTime.now(clock), actor, action, targetType, targetId, detail));
    }

    /** Records an action in a transaction of its own: for work that runs outside one (backups). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String targetType, String targetId, String detail) {
        record(actor, action, targetType, targetId, detail);
    }

    @Transactional
    public List<AuditEvent> latest(int first, int max) {
        return repository.latest(first, max);
    }

    @Transactional
    public long count() {
        return repository.count();
    }

    /** The logged-in user's name, or {@link #SYSTEM} outside a request. */
    public String currentActor() {
        try {
            Principal principal = security.getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException outsideRequest) {
            return SYSTEM;
        }
    }
}
