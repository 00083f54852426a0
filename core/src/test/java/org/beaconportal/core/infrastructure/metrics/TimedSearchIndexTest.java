package org.beaconportal.core.infrastructure.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.infrastructure.LuceneSearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimedSearchIndexTest {

    @TempDir
    Path folder;

    @Test
    void timesEachSearchAndPassesTheResultsThrough() throws Exception {
        List<Duration> searches = new ArrayList<>();
        try (LuceneSearchIndex lucene = new LuceneSearchIndex(folder)) {
            TimedSearchIndex timed = new TimedSearchIndex(lucene, searches::add);

            SearchResults results = timed.search(SearchQuery.forPublic("wages", "en", Set.of("core")));
            timed.replaceAll(Stream.empty());
            timed.size();

            assertEquals(0, results.total());
            assertEquals(1, searches.size());
            assertTrue(!searches.get(0).isNegative());
            assertSame(lucene, timed.delegate());
        }
    }

    @Test
    void aFailingSearchIsTimedToo() throws Exception {
        List<Duration> searches = new ArrayList<>();
        try (LuceneSearchIndex lucene = new LuceneSearchIndex(folder)) {
            TimedSearchIndex timed = new TimedSearchIndex(lucene, searches::add);

            assertThrows(NullPointerException.class, () -> timed.search(null));
            assertEquals(1, searches.size());
        }
    }
}
