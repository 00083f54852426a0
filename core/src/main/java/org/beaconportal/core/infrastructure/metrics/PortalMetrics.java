package org.beaconportal.core.infrastructure.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.beaconportal.core.application.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The portal's application metrics, served by Liberty at {@code /metrics} in Prometheus text:
 *
 * <ul>
 *   <li>{@value #REQUEST_DURATION} (timer; labels {@code route} = {@code public|staff|company|api|static}
 *       and {@code status} = {@code 2xx|3xx|4xx|5xx}): time spent in the application per request;
 *   <li>{@value #SEARCH_DURATION} (timer): time of one search in the {@code SearchIndex}, whichever
 *       adapter serves it and whichever page or module asks;
 *   <li>{@value #OUTBOX_PENDING} (gauge): outbox entries not yet applied, failing ones included;
 *   <li>count gauges that modules register with {@link #registerCountGauge} (the newsletter's
 *       {@code beacon_newsletter_queue}).
 * </ul>
 *
 * <p>Gauges run their count query at most once per {@code beacon.metrics.cache.seconds} (5 by
 * default), however often {@code /metrics} is scraped. Timers have histogram buckets ({@code
 * META-INF/microprofile-config.properties}), so percentiles can be computed across nodes.
 *
 * <p><b>Who may read {@code /metrics}.</b> The endpoint stays unauthenticated ({@code <mpMetrics
 * authentication="false"/>}) because nothing in it is personal or secret: the portal's labels are the
 * fixed words above (never a URL, a query string, a search text, a slug, a name or an address), and
 * Liberty's own base and vendor metrics are JVM, thread pool, connection pool, session, servlet and
 * REST figures. Liberty's HTTP monitoring component is filtered out in {@code server.xml}: its
 * {@code http_route} label would hold the raw path of every request to the default servlet.
 * What it does reveal is operational (traffic volume, how many newsletter deliveries are waiting), so
 * production exposes it only to the monitoring network: the proxy in front of the nodes does not
 * forward {@code /metrics} or {@code /health} from the internet.
 *
 * <pre>{@code
 * @Inject PortalMetrics metrics;
 * metrics.registerCountGauge("beacon_newsletter_queue", "Deliveries waiting to be sent", this::waiting);
 * }</pre>
 */
@ApplicationScoped
public class PortalMetrics {

    /** Timer of requests, by route group and status class. */
    public static final String REQUEST_DURATION = "beacon_request_duration";
    /** Timer of searches in the search index. */
    public static final String SEARCH_DURATION = "beacon_search_duration";
    /** Gauge of pending outbox entries. */
    public static final String OUTBOX_PENDING = "beacon_outbox_pending";

    private static final String PREFIX = "beacon_";

    @Inject
    MetricRegistry registry;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "beacon.metrics.cache.seconds", defaultValue = "5")
    int cacheSeconds;

    private final Map<String, Timer> requestTimers = new ConcurrentHashMap<>();
    private volatile Timer searchTimer;

    @PostConstruct
    void register() {
        searchTimer = registry.timer(Metadata.builder()
                .withName(SEARCH_DURATION)
                .withDescription("Time of one search in the search index")
                .withUnit(MetricUnits.SECONDS)
                .build());
        registerCountGauge(OUTBOX_PENDING, "Outbox entries not yet applied (failing ones included)", outbox::pending);
    }

    /**
     * Creates this bean, and with it the metrics above, when the portal starts: {@code /metrics}
     * lists them before the first request.
     */
    void onStart(@Observes @Priority(2) @Initialized(ApplicationScoped.class) Object event) {
        // Nothing else to do: observing the event instantiated the bean (see register()).
    }

    /** Records one request of the given route group that answered with the given HTTP status. */
    public void recordRequest(String routeGroup, int status, Duration duration) {
        String statusClass = (Math.min(Math.max(status, 100), 599) / 100) + "xx";
        requestTimers
                .computeIfAbsent(
                        routeGroup + ' ' + statusClass,
                        key -> registry.timer(
                                Metadata.builder()
                                        .withName(REQUEST_DURATION)
                                        .withDescription("Time the application spent on a request, by route group")
                                        .withUnit(MetricUnits.SECONDS)
                                        .build(),
                                new Tag("route", routeGroup),
                                new Tag("status", statusClass)))
                .update(duration);
    }

    /** Records one search in the search index. */
    public void recordSearch(Duration duration) {
        searchTimer.update(duration);
    }

    /**
     * Registers a gauge whose value is a row count, read at most once per cache period. Registering
     * the same name again (a module started twice) keeps the first gauge.
     *
     * @param name the metric name, starting with {@code beacon_}
     * @param description what is counted, for the {@code # HELP} line
     * @param count a cheap count query; it runs on the thread that serves {@code /metrics}
     */
    public void registerCountGauge(String name, String description, LongSupplier count) {
        if (!name.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Portal metric names start with " + PREFIX + ": " + name);
        }
        if (registry.getGauge(new MetricID(name)) != null) {
            return;
        }
        CachedCount cached = new CachedCount(count, Duration.ofSeconds(cacheSeconds), System::nanoTime);
        registry.gauge(
                Metadata.builder().withName(name).withDescription(description).build(), cached::value);
    }
}
