package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest extends SearchIndexContractTest {

    @Override
    protected SearchIndex newIndex(Path dir) {
        return new LuceneSearchIndex(dir);
    }

    @Test
    void theFolderIsCreatedIfMissing(@TempDir Path parent) {
        Path nested = parent.resolve("data").resolve("search");

        try (LuceneSearchIndex created = new LuceneSearchIndex(nested)) {
            assertTrue(Files.isDirectory(nested));
            assertEquals(0, created.size());
            assertEquals(nested, created.folder());
        }
    }

    @Test
    void aSecondInstanceCannotOpenAFolderInUse() {
        assertThrows(UncheckedIOException.class, () -> new LuceneSearchIndex(folder));
    }

    @Test
    void aClosedIndexRefusesWork() {
        LuceneSearchIndex lucene = (LuceneSearchIndex) index;
        lucene.close();
        lucene.close(); // twice is fine

        assertThrows(IllegalStateException.class, () -> lucene.search(SearchQuery.forPublic("x", "en", ENABLED)));
        assertThrows(IllegalStateException.class, () -> lucene.index(en("a", "A", "a")));
        assertThrows(IllegalStateException.class, lucene::size);
    }

    @Test
    void shortWordsAreNotMatchedFuzzily() {
        index.index(en("a", "Map", "The map of the routes."));

        assertEquals(List.of("a"), keys(search("maps", "en")));
        assertEquals(0, search("mat", "en").total());
    }

    @Test
    void longWordsTolerateTwoEditsAndMiddleOnesOne() {
        index.index(en("a", "Report", "Human trafficking and child labour."));

        // "traficcking" stems to "traficck", two edits from "traffick"; "lbaor" is two from "labour".
        assertEquals(List.of("a"), keys(search("traficcking", "en")));
        assertEquals(List.of("a"), keys(search("labur", "en")));
        assertEquals(0, search("lbaor", "en").total());
    }

    @Test
    void aColonSeparatesWords() {
        index.index(en("a", "Report", "Human trafficking in the region."));

        assertEquals(List.of("a"), keys(search("region:trafficking", "en")));
    }

    @Test
    void twoWordQueriesNeedBothWords() {
        index.index(en("both", "Child labour", "Child labour in mines."));
        index.index(en("one", "Child care", "Child care centres."));

        assertEquals(List.of("both"), keys(search("child labour", "en")));
    }

    @Test
    void longerQueriesNeedThreeQuartersOfTheWords() {
        assertEquals(1, LuceneSearchIndex.requiredTerms(1));
        assertEquals(2, LuceneSearchIndex.requiredTerms(2));
        assertEquals(3, LuceneSearchIndex.requiredTerms(3));
        assertEquals(3, LuceneSearchIndex.requiredTerms(4));
        assertEquals(6, LuceneSearchIndex.requiredTerms(8));
        index.index(en("a", "Report", "Signs of human trafficking."));

        assertEquals(List.of("a"), keys(search("what are the signs of human trafficking", "en")));
    }

    @Test
    void identitiesDoNotCollide() {
        assertTrue(!LuceneSearchIndex.id("a", "bc", "d", "en").equals(LuceneSearchIndex.id("ab", "c", "d", "en")));
        index.index(doc("a", "bc", "d", "en", "Trafficking one", "S", "T"));
        index.index(doc("ab", "c", "d", "en", "Trafficking two", "S", "T"));

        assertEquals(2, index.size());
    }

    @Test
    void languageCodesAreNormalized() {
        index.index(doc("publications", "publication", "a", "EN", "Trafficking", "S", "T"));

        SearchResults results = search("traffickers", "en", null, null, "en");

        assertEquals(List.of("a"), keys(results));
        assertEquals("en", results.hits().get(0).language());
        index.remove("publications", "publication", "a", "en");
        assertEquals(0, index.size());
    }

    @Test
    void otherLanguagesAreIndexedWithStandardAnalysis() {
        index.index(doc("publications", "publication", "a", "fr", "Traite des êtres humains", "S", "Texte."));

        SearchResults results = search("traite", "fr", null, null, "fr");

        assertEquals(List.of("a"), keys(results));
        assertEquals(0, search("traite", "fr", null, null, "en").total());
    }

    @Test
    void aNullSummaryAndTextAreAllowed() {
        index.index(new org.beaconportal.core.spi.SearchDocument(
                "publications", "publication", "a", "en", "Trafficking", null, null, "/p/a", true, null));

        SearchResults results = search("trafficking", "en");

        assertEquals(1, results.total());
        assertEquals("", results.hits().get(0).snippet());
    }

    @Test
    void withoutASummaryTheSnippetIsTheBeginningOfTheText() {
        String text = "Nothing matches in this first sentence & more. ".repeat(20);
        index.index(doc("publications", "publication", "a", "en", "Trafficking", "", text));

        String snippet = search("trafficking", "en").hits().get(0).snippet();

        assertTrue(snippet.startsWith("Nothing matches in this first sentence &amp; more."), snippet);
        assertTrue(snippet.endsWith(SearchSnippets.ELLIPSIS), snippet);
        assertTrue(snippet.length() <= LuceneSearchIndex.SNIPPET_LENGTH + 40, snippet);
    }

    @Test
    void concurrentWritesAndSearchesAllSucceed() throws Exception {
        int writers = 4;
        int perWriter = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writes.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        index.index(en("w" + writer + "-" + i, "Mexico report", "Routes through Mexico."));
                    }
                    return null;
                }));
            }
            List<Future<Long>> searches = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                searches.add(pool.submit(() -> {
                    start.await();
                    long searchesRun = 0;
                    long lastTotal = 0;
                    while (writing.get()) {
                        SearchResults results =
                                index.search(SearchQuery.forPublic("Mexico", "en", Set.of("publications")));
                        assertTrue(results.total() >= lastTotal, "total went down");
                        assertTrue(results.hits().size() <= 10);
                        lastTotal = results.total();
                        searchesRun++;
                    }
                    return searchesRun;
                }));
            }
            start.countDown();
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<Long> search : searches) {
                assertTrue(search.get(60, TimeUnit.SECONDS) > 0);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }

        assertEquals(writers * perWriter, index.size());
        assertEquals(writers * perWriter, search("Mexico", "en").total());
    }
}
