package org.beaconportal.newsletter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.infrastructure.metrics.PortalMetrics;
import org.beaconportal.newsletter.NewsletterModule;
import org.beaconportal.newsletter.domain.DeliveryState;
import org.beaconportal.newsletter.domain.IssueStatus;

/**
 * The {@value #NAME} gauge at {@code /metrics}: deliveries waiting to go out ({@code PENDING} or
 * {@code RETRY}) across the issues being sent. A number that stops falling while an issue is sending
 * means the mail server refuses or the sender stopped. Reads 0 while the module is disabled, since
 * nothing is sent then. Only the count leaves: never an address.
 */
@ApplicationScoped
public class NewsletterQueueGauge {

    /** Name of the gauge. */
    public static final String NAME = "beacon_newsletter_queue";

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    PortalMetrics metrics;

    @Inject
    ModuleRegistry registry;

    /** Registers the gauge; called when the module starts. */
    public void register() {
        metrics.registerCountGauge(
                NAME, "Newsletter deliveries waiting to be sent, across the issues being sent", this::waiting);
    }

    long waiting() {
        if (!registry.isEnabled(NewsletterModule.ID)) {
            return 0;
        }
        return em.createQuery(
                        "select count(d) from Delivery d, Issue i where d.issueId = i.id and i.status = :sending"
                                + " and d.state in :waiting",
                        Long.class)
                .setParameter("sending", IssueStatus.SENDING)
                .setParameter("waiting", List.of(DeliveryState.PENDING, DeliveryState.RETRY))
                .getSingleResult();
    }
}
