package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.beaconportal.core.application.SearchIndex;

/** The portal's search index: Lucene, in the {@code search-index} folder of the data directory. */
@ApplicationScoped
public class SearchIndexProducer {

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex(DataDirectory dataDirectory) {
        return new LuceneSearchIndex(dataDirectory.folder("search-index"));
    }

    void close(@Disposes SearchIndex index) throws Exception {
        if (index instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
