package org.beaconportal.core.infrastructure.metrics;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.spi.SearchDocument;

/**
 * A {@link SearchIndex} that reports how long each {@link #search} of the index it wraps took;
 * every other call passes straight through. Only the duration leaves: never the query.
 */
final class TimedSearchIndex implements SearchIndex {

    private final SearchIndex delegate;
    private final Consumer<Duration> searchTime;

    TimedSearchIndex(SearchIndex delegate, Consumer<Duration> searchTime) {
        this.delegate = delegate;
        this.searchTime = searchTime;
    }

    SearchIndex delegate() {
        return delegate;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        long start = System.nanoTime();
        try {
            return delegate.search(query);
        } finally {
            searchTime.accept(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public void index(SearchDocument document) {
        delegate.index(document);
    }

    @Override
    public void remove(String moduleId, String type, String key, String language) {
        delegate.remove(moduleId, type, key, language);
    }

    @Override
    public void replaceAll(Stream<SearchDocument> documents) {
        delegate.replaceAll(documents);
    }

    @Override
    public long size() {
        return delegate.size();
    }
}
