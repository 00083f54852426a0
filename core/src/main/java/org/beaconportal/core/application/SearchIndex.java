package org.beaconportal.core.application;

import java.util.stream.Stream;
import org.beaconportal.core.spi.SearchDocument;

/**
 * The site-wide search index (a port): modules' documents go in, ranked and highlighted hits come
 * out. The embedded adapter is Lucene in the data directory; a cluster uses a database-backed
 * adapter behind the same contract.
 *
 * <pre>{@code
 * index.index(document);
 * SearchResults results = index.search(SearchQuery.forPublic("trafficking", "en", enabledModules));
 * }</pre>
 */
public interface SearchIndex {

    /** Adds a document, or replaces the one with the same module, type, key and language. */
    void index(SearchDocument document);

    /** Removes one document; nothing happens if it is not indexed. */
    void remove(String moduleId, String type, String key, String language);

    /** Replaces the whole index with the given documents (rebuild). */
    void replaceAll(Stream<SearchDocument> documents);

    /** Runs a query. Never returns documents of modules outside {@link SearchQuery#modules()}. */
    SearchResults search(SearchQuery query);

    /** Number of documents in the index. */
    long size();
}
