package org.beaconportal.core.infrastructure.metrics;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessProducer;
import jakarta.enterprise.inject.spi.Producer;
import java.util.Set;
import org.beaconportal.core.application.SearchIndex;

/**
 * Times every search, whichever adapter produces the {@link SearchIndex} (Lucene, PostgreSQL) and
 * whoever calls it (site search, the publications catalogue, dataset search). CDI decorators do not
 * apply to beans made by producer methods, so this extension wraps the producer itself: what it
 * produces is handed out as a {@link TimedSearchIndex}, and disposed of unwrapped, exactly as the
 * producer's own disposer expects.
 */
public class SearchLatencyExtension implements Extension {

    void timeSearches(@Observes ProcessProducer<?, SearchIndex> event) {
        Producer<SearchIndex> produced = event.getProducer();
        event.setProducer(new Producer<>() {
            @Override
            public SearchIndex produce(CreationalContext<SearchIndex> context) {
                return new TimedSearchIndex(
                        produced.produce(context),
                        duration ->
                                CDI.current().select(PortalMetrics.class).get().recordSearch(duration));
            }

            @Override
            public void dispose(SearchIndex instance) {
                produced.dispose(instance instanceof TimedSearchIndex timed ? timed.delegate() : instance);
            }

            @Override
            public Set<InjectionPoint> getInjectionPoints() {
                return produced.getInjectionPoints();
            }
        });
    }
}
