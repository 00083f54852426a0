package org.beaconportal.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.Outbox;
import org.beaconportal.core.application.OutboxWorker;
import org.beaconportal.core.application.PortalStartup;
import org.beaconportal.core.application.SearchService;
import org.beaconportal.core.infrastructure.metrics.PortalMetrics;
import org.beaconportal.it.newsletter.fixtures.NewsletterTestResource;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestDatabase;
import org.beaconportal.newsletter.NewsletterModule;
import org.beaconportal.newsletter.application.IssueSender;
import org.beaconportal.newsletter.domain.DeliveryState;
import org.beaconportal.newsletter.infrastructure.NewsletterQueueGauge;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators monitor, seen from inside the portal: readiness and liveness, and the metrics at
 * {@code /metrics} that follow background work (searches, the outbox backlog, the newsletter queue).
 * The test server reads gauges on every scrape ({@code beacon.metrics.cache.seconds=0}). Request
 * metrics are checked from outside, in {@link RequestMetricsIT}.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    private static final String SEARCHES = PortalMetrics.SEARCH_DURATION + "_seconds_count";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal()
                .addClasses(HeldOutboxHandler.class, MetricsScrape.class)
                .addPackage(NewsletterTestResource.class.getPackage());
    }

    @Inject
    @ConfigProperty(name = "beacon.http.port")
    int port;

    @Inject
    PortalStartup startup;

    @Inject
    SearchService search;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker outboxWorker;

    @Inject
    HeldOutboxHandler heldHandler;

    @Inject
    UserTransaction tx;

    @Inject
    TestDatabase db;

    @Inject
    ModuleRegistry modules;

    @Inject
    IssueSender sender;

    @Inject
    NewsletterTestResource newsletter;

    private PortalClient client() throws Exception {
        return new PortalClient(new URL("http://localhost:" + port + "/"));
    }

    private MetricsScrape scrape() throws Exception {
        HttpResponse<String> response = client().get("/metrics");
        assertEquals(200, response.statusCode());
        return new MetricsScrape(response.body());
    }

    @Test
    void readinessIsUpOnceMigrationsRanAndModulesStartedAndLivenessChecksTheDatabase() throws Exception {
        HttpResponse<String> ready = client().get("/health/ready");
        HttpResponse<String> live = client().get("/health/live");

        assertTrue(startup.isReady());
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"name\":\"portal-startup\",\"status\":\"UP\""), ready.body());
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("\"name\":\"database\",\"status\":\"UP\""), live.body());
    }

    @Test
    void eachSearchIsTimedWhoeverAsksForIt() throws Exception {
        double before = scrape().value(SEARCHES);

        search.searchPublic("monitoring", "en", null, null, null, 0);
        double afterService = scrape().value(SEARCHES);
        assertEquals(200, client().get("/search?q=monitoring").statusCode());
        double afterPage = scrape().value(SEARCHES);

        assertEquals(before + 1, afterService);
        assertTrue(afterPage > afterService, "the search page searched: " + afterService + " -> " + afterPage);
    }

    @Test
    void theOutboxGaugeCountsPendingEntriesAndFallsOnceTheWorkerAppliedThem() throws Exception {
        heldHandler.hold();
        try {
            outboxWorker.runOnce();
            long baseline = outbox.pending();
            assertEquals(baseline, scrape().value(PortalMetrics.OUTBOX_PENDING));

            tx.begin();
            for (int n = 0; n < 3; n++) {
                outbox.enqueue(HeldOutboxHandler.TOPIC, "entry-" + n);
            }
            tx.commit();
            assertEquals(baseline + 3, scrape().value(PortalMetrics.OUTBOX_PENDING));

            heldHandler.release();
            outboxWorker.runOnce();
            assertEquals(baseline, scrape().value(PortalMetrics.OUTBOX_PENDING));
        } finally {
            heldHandler.release();
            outboxWorker.runOnce();
        }
    }

    @Test
    void theNewsletterQueueCountsDeliveriesWaitingOnIssuesBeingSentAndReadsZeroWhileTheModuleIsOff() throws Exception {
        sender.suspendSchedule(true);
        try {
            String prefix = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
            newsletter.subscribers(3, prefix);
            long issue = Long.parseLong(newsletter.startIssue("Queue " + prefix));
            long waitingOnIssue = db.count(
                    "select count(d) from Delivery d where d.issueId = :issue and d.state in :waiting",
                    Map.of("issue", issue, "waiting", List.of(DeliveryState.PENDING, DeliveryState.RETRY)));
            double sending = scrape().value(NewsletterQueueGauge.NAME);
            assertTrue(waitingOnIssue >= 3, "deliveries of the new issue: " + waitingOnIssue);
            assertTrue(sending >= waitingOnIssue, "queue " + sending + ", issue " + waitingOnIssue);

            modules.disable(NewsletterModule.ID);
            try {
                assertEquals(0, scrape().value(NewsletterQueueGauge.NAME));
            } finally {
                modules.enable(NewsletterModule.ID);
            }
            assertEquals(sending, scrape().value(NewsletterQueueGauge.NAME));

            newsletter.pause(issue);
            assertEquals(sending - waitingOnIssue, scrape().value(NewsletterQueueGauge.NAME));
        } finally {
            sender.suspendSchedule(false);
        }
    }
}
