package org.beaconportal.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beaconportal.core.infrastructure.metrics.PortalMetrics;
import org.beaconportal.core.web.RouteGroup;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request latency at {@code /metrics}, seen as a reader and a monitoring system see it: each request
 * counts once under its route group and status class, and no label carries a path, a query string, a
 * search or an address (Liberty's own per-path HTTP metric is filtered out). From outside the portal,
 * so that no test-harness request is counted in between.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestMetricsIT {

    private static final String REQUESTS = PortalMetrics.REQUEST_DURATION + "_seconds_count";
    private static final Pattern ROUTE_LABEL = Pattern.compile("route=\"([^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    private static MetricsScrape scrape(PortalClient client) {
        HttpResponse<String> response = client.get("/metrics");
        assertEquals(200, response.statusCode());
        return new MetricsScrape(response.body());
    }

    @Test
    void requestsAreTimedByRouteGroupAndStatusClass() throws Exception {
        List<Probe> probes = List.of(
                new Probe("/", "public", "2xx"),
                new Probe("/es/resources", "public", "2xx"),
                new Probe("/no-such-page-" + UUID.randomUUID(), "public", "4xx"),
                new Probe("/login", "staff", "2xx"),
                new Probe("/api/v1/modules", "api", "2xx"),
                new Probe("/static/favicon.svg", "static", "2xx"));
        PortalClient client = new PortalClient(base);
        for (Probe probe : probes) {
            Map<String, String> labels = Map.of("route", probe.route(), "status", probe.status());
            double before = scrape(client).value(REQUESTS, labels);

            HttpResponse<String> response = client.get(probe.path());

            assertEquals(
                    probe.status().charAt(0),
                    String.valueOf(response.statusCode()).charAt(0),
                    probe.path());
            assertEquals(before + 1, scrape(client).value(REQUESTS, labels), probe.path());
        }
        assertTrue(
                scrape(client).has(PortalMetrics.REQUEST_DURATION + "_seconds_bucket"),
                "histogram buckets, for percentiles across nodes");
    }

    @Test
    void noLabelCarriesAPathAQueryStringASearchOrAnAddress() throws Exception {
        String secret = "probe" + UUID.randomUUID().toString().substring(0, 8);
        PortalClient client = new PortalClient(base);
        client.get("/search?q=" + secret + "+reader%40example.org");
        client.get("/es/search?q=" + secret);
        client.get("/" + secret + "-reader@example.org");
        client.get("/pages/" + secret);
        client.get("/api/v1/content?q=" + secret);
        client.get("/static/" + secret + ".css");

        MetricsScrape metrics = scrape(client);

        for (String labels : metrics.labelSets()) {
            assertFalse(labels.contains(secret), labels);
            assertFalse(labels.contains("@"), labels);
            assertFalse(labels.contains("?"), labels);
            assertFalse(labels.contains("example.org"), labels);
        }
        Set<String> routes = metrics.labelSets().stream()
                .map(ROUTE_LABEL::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
        Set<String> groups =
                Set.of(RouteGroup.values()).stream().map(RouteGroup::label).collect(Collectors.toSet());
        assertTrue(groups.containsAll(routes), "route labels " + routes);
    }

    private record Probe(String path, String route, String status) {}
}
