package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.application.SearchResults.SearchHit;
import org.beaconportal.core.spi.SearchDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link SearchIndex} adapter must do. An adapter's test extends this class and says how
 * to open an index on a folder (or on whatever storage the folder stands for); opening it again on
 * the same folder must see the same documents.
 */
public abstract class SearchIndexContractTest {

    protected static final Set<String> ENABLED = Set.of("publications", "news");
    protected static final OffsetDateTime UPDATED = OffsetDateTime.of(2025, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    protected Path folder;

    protected SearchIndex index;

    private final List<SearchIndex> opened = new ArrayList<>();

    /** Opens an index on {@code dir}: empty the first time, the same content when reopened. */
    protected abstract SearchIndex newIndex(Path dir) throws Exception;

    /** Releases an index; by default closes it if it is {@link AutoCloseable}. */
    protected void close(SearchIndex index) throws Exception {
        if (index instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    protected SearchIndex open() throws Exception {
        SearchIndex index = newIndex(folder);
        opened.add(index);
        return index;
    }

    @BeforeEach
    void openIndex() throws Exception {
        index = open();
    }

    @AfterEach
    void closeIndexes() throws Exception {
        for (SearchIndex each : opened) {
            close(each);
        }
        opened.clear();
    }

    // ---- helpers

    protected static SearchDocument doc(
            String module, String type, String key, String language, String title, String summary, String text) {
        return new SearchDocument(
                module, type, key, language, title, summary, text, "/" + module + "/" + key, true, UPDATED);
    }

    protected static SearchDocument en(String key, String title, String text) {
        return doc("publications", "publication", key, "en", title, "Summary of " + key, text);
    }

    protected static SearchDocument es(String key, String title, String text) {
        return doc("publications", "publication", key, "es", title, "Resumen de " + key, text);
    }

    protected static SearchDocument draft(SearchDocument document) {
        return new SearchDocument(
                document.moduleId(),
                document.type(),
                document.key(),
                document.language(),
                document.title(),
                document.summary(),
                document.text(),
                document.path(),
                false,
                document.updated());
    }

    protected SearchResults search(String text, String language) {
        return index.search(SearchQuery.forPublic(text, language, ENABLED));
    }

    protected SearchResults search(String text, String language, String module, String type, String languageFilter) {
        return index.search(new SearchQuery(text, language, ENABLED, module, type, languageFilter, false, 0, 10));
    }

    protected static List<String> keys(SearchResults results) {
        return results.hits().stream().map(SearchHit::key).toList();
    }

    protected static String visibleText(String snippet) {
        return snippet.replace("<mark>", "").replace("</mark>", "");
    }

    // ---- indexing and finding

    @Test
    void anIndexedDocumentIsFoundWithWhatAHitNeeds() {
        index.index(en("report-2024", "Annual report 2024", "We documented cases of human trafficking in the region."));

        SearchResults results = search("trafficking", "en");

        assertEquals(1, results.total());
        SearchHit hit = results.hits().get(0);
        assertEquals("publications", hit.moduleId());
        assertEquals("publication", hit.type());
        assertEquals("report-2024", hit.key());
        assertEquals("en", hit.language());
        assertEquals("Annual report 2024", hit.title());
        assertEquals("/publications/report-2024", hit.path());
        assertTrue(hit.published());
        assertTrue(hit.score() > 0, "score " + hit.score());
        assertTrue(hit.snippet().contains("<mark>trafficking</mark>"), hit.snippet());
    }

    @Test
    void aWordInNoDocumentFindsNothing() {
        index.index(en("report-2024", "Annual report 2024", "We documented cases of human trafficking."));

        SearchResults results = search("volcano", "en");

        assertEquals(0, results.total());
        assertEquals(List.of(), results.hits());
    }

    @Test
    void sizeCountsTheDocuments() {
        assertEquals(0, index.size());

        index.index(en("a", "First", "one"));
        index.index(en("b", "Second", "two"));

        assertEquals(2, index.size());
    }

    @Test
    void aTitleMatchRanksAboveABodyOnlyMatch() {
        index.index(
                en("body", "Annual report", "The annual report describes trafficking among other topics of the year."));
        index.index(
                en("title", "Trafficking in the region", "The annual report describes many other topics of the year."));

        SearchResults results = search("trafficking", "en");

        assertEquals(List.of("title", "body"), keys(results));
        assertTrue(results.hits().get(0).score() > results.hits().get(1).score());
    }

    @Test
    void hitsComeBestFirst() {
        index.index(en("once", "Report", "Trafficking is mentioned once in this long text about many other subjects."));
        index.index(en("title", "Trafficking", "Trafficking routes and trafficking networks."));
        index.index(en("twice", "Report", "Trafficking here, and trafficking there."));

        List<SearchHit> hits = search("trafficking", "en").hits();

        assertEquals(3, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "not sorted by score: " + hits);
        }
        assertEquals("title", hits.get(0).key());
    }

    @Test
    void indexingTheSameIdentityAgainReplacesTheDocument() {
        index.index(en("report", "Old title on trafficking", "Old text."));
        index.index(en("report", "New title on trafficking", "New text."));

        SearchResults results = search("trafficking", "en");

        assertEquals(1, index.size());
        assertEquals(1, results.total());
        assertEquals("New title on trafficking", results.hits().get(0).title());
        assertEquals(0, search("old", "en").total());
    }

    @Test
    void theSameKeyInAnotherLanguageIsAnotherDocument() {
        index.index(en("report", "Report on trafficking", "English text."));
        index.index(es("report", "Informe sobre la trata", "Texto en español."));

        assertEquals(2, index.size());

        index.remove("publications", "publication", "report", "en");

        assertEquals(1, index.size());
        assertEquals(0, search("trafficking", "en").total());
        assertEquals(List.of("report"), keys(search("informe", "es")));
        assertEquals("es", search("informe", "es").hits().get(0).language());
    }

    @Test
    void removeDeletesOnlyThatDocument() {
        index.index(en("a", "Trafficking routes", "Text a."));
        index.index(en("b", "Trafficking victims", "Text b."));

        index.remove("publications", "publication", "a", "en");

        assertEquals(1, index.size());
        assertEquals(List.of("b"), keys(search("trafficking", "en")));
    }

    @Test
    void removingWhatIsNotIndexedChangesNothing() {
        index.index(en("a", "Trafficking routes", "Text a."));

        assertDoesNotThrow(() -> index.remove("publications", "publication", "missing", "en"));
        assertDoesNotThrow(() -> index.remove("news", "publication", "a", "en"));

        assertEquals(1, index.size());
        assertEquals(1, search("trafficking", "en").total());
    }

    // ---- access

    @Test
    void documentsOfModulesOutsideTheSetNeverAppear() {
        index.index(en("public", "Trafficking report", "Public text."));
        index.index(
                doc("secret", "note", "hidden", "en", "Trafficking note", "Summary", "Hidden text on trafficking."));

        SearchResults all = search("trafficking", "en");
        SearchResults selected = search("trafficking", "en", "secret", null, null);

        assertEquals(List.of("public"), keys(all));
        assertEquals(1, all.total());
        assertFalse(all.moduleFacets().containsKey("secret"), all.moduleFacets().toString());
        assertEquals(0, selected.total());
        assertEquals(List.of(), selected.hits());
        assertFalse(
                selected.moduleFacets().containsKey("secret"),
                selected.moduleFacets().toString());
    }

    @Test
    void noEnabledModuleFindsNothing() {
        index.index(en("public", "Trafficking report", "Public text."));

        SearchResults results = index.search(SearchQuery.forPublic("trafficking", "en", Set.of()));

        assertEquals(0, results.total());
        assertEquals(List.of(), results.hits());
    }

    @Test
    void draftsAreFoundOnlyWhenUnpublishedAreIncluded() {
        index.index(en("published", "Trafficking report", "Text."));
        index.index(draft(en("draft", "Trafficking draft", "Text.")));

        SearchResults reader = search("trafficking", "en");
        SearchResults staff =
                index.search(new SearchQuery("trafficking", "en", ENABLED, null, null, null, true, 0, 10));

        assertEquals(List.of("published"), keys(reader));
        assertEquals(Map.of("publications", 1L), reader.moduleFacets());
        assertEquals(2, staff.total());
        SearchHit draftHit = staff.hits().stream()
                .filter(hit -> hit.key().equals("draft"))
                .findFirst()
                .orElseThrow();
        assertFalse(draftHit.published());
    }

    // ---- language

    @Test
    void englishIsStemmed() {
        index.index(en("a", "Report", "Human trafficking and the exploitation of workers."));

        assertEquals(List.of("a"), keys(search("traffickers", "en")));
        assertEquals(List.of("a"), keys(search("exploited", "en")));
        assertEquals(List.of("a"), keys(search("worker", "en")));
    }

    @Test
    void spanishIsStemmedAndAccentsDoNotMatter() {
        index.index(es("a", "Informe", "La explotación laboral de los migrantes en las canciones populares."));

        assertEquals(List.of("a"), keys(search("explotacion", "es")), "accent left out");
        assertEquals(List.of("a"), keys(search("explotaciones", "es")), "plural");
        assertEquals(List.of("a"), keys(search("migrante", "es")), "singular");
        assertEquals(List.of("a"), keys(search("canción", "es")), "singular with accent");
    }

    @Test
    void withoutALanguageSelectionAllLanguagesAreSearched() {
        index.index(en("en", "Mexico report", "Routes through Mexico."));
        index.index(es("es", "Informe México", "Rutas por México."));

        SearchResults fromEnglish = search("Mexico", "en");
        SearchResults fromSpanish = search("México", "es");

        assertEquals(Set.of("en", "es"), Set.copyOf(keys(fromEnglish)));
        assertEquals(Set.of("en", "es"), Set.copyOf(keys(fromSpanish)));
    }

    @Test
    void aLanguageSelectionKeepsThatLanguageOnly() {
        index.index(en("en", "Mexico report", "Routes through Mexico."));
        index.index(es("es", "Informe México", "Rutas por México."));

        assertEquals(List.of("es"), keys(search("Mexico", "en", null, null, "es")));
        assertEquals(List.of("en"), keys(search("Mexico", "es", null, null, "en")));
    }

    // ---- typos

    @Test
    void aTypoStillFindsTheWord() {
        index.index(en("a", "Report", "Human trafficking in the region."));
        index.index(en("b", "Report", "Child labour in the region."));

        assertEquals(List.of("a"), keys(search("trafficing", "en")));
        assertEquals(List.of("a"), keys(search("traffiking", "en")));
        assertEquals(List.of("b"), keys(search("labor", "en")));
    }

    @Test
    void exactMatchesRankAboveFuzzyOnes() {
        index.index(en("british", "Report", "Child labour in the region."));
        index.index(en("american", "Report", "Child labor in the region."));

        assertEquals(List.of("british", "american"), keys(search("labour", "en")));
        assertEquals(List.of("american", "british"), keys(search("labor", "en")));
    }

    // ---- hostile input

    @Test
    void queryNeverBreaksOnQuerySyntax() {
        index.index(en("a", "Trafficking report", "Human trafficking in the region."));
        List<String> hostile = List.of(
                "foo:bar",
                "\"unclosed",
                "AND OR",
                "AND",
                "NOT",
                "*",
                "?",
                "\\",
                "\\\\",
                "~",
                "^2",
                "(",
                ")",
                "[a TO",
                "{",
                "/regex",
                "&&",
                "||",
                "!",
                "+-",
                ":",
                "'",
                "%",
                "<script>alert(1)</script>",
                "'; DROP TABLE documents; --",
                "\u0000",
                "𝕿𝖗𝖆𝖋𝖋𝖎𝖈𝖐𝖎𝖓𝖌",
                "a".repeat(10_000));

        for (String text : hostile) {
            SearchResults results = assertDoesNotThrow(() -> search(text, "en"), text);
            assertTrue(results.hits().size() <= results.total(), text);
        }
        assertEquals(0, search("*", "en").total());
        assertEquals(0, search("\\", "en").total());
        assertEquals(0, search("?", "en").total());
    }

    @Test
    void queryWithSyntaxCharactersFindsTheWordsInIt() {
        index.index(en("a", "Trafficking report", "Human trafficking in the region."));

        for (String text : List.of(
                "\"trafficking",
                "trafficking\"",
                "trafficking*",
                "+trafficking -",
                "(trafficking",
                "trafficking:",
                "[trafficking]",
                "-trafficking")) {
            assertEquals(List.of("a"), keys(search(text, "en")), text);
        }
    }

    @Test
    void aVeryLongQueryDoesNotBreak() {
        index.index(en("a", "Trafficking report", "Human trafficking in the region."));
        String words = IntStream.range(0, 400)
                .mapToObj(i -> "word" + Integer.toString(i, 26).replace('0', 'q') + "xy")
                .reduce("trafficking", (a, b) -> a + " " + b);

        SearchResults results = assertDoesNotThrow(() -> search(words, "en"));

        assertTrue(results.hits().size() <= results.total());
    }

    @Test
    void emptyTextFindsNothing() {
        index.index(en("a", "Trafficking report", "Human trafficking in the region."));

        for (String text : new String[] {"", "   ", "\t\n", null}) {
            SearchResults results = search(text, "en");
            assertEquals(0, results.total(), "[" + text + "]");
            assertEquals(List.of(), results.hits());
        }
    }

    // ---- snippets

    @Test
    void theSnippetMarksTheMatchAndEscapesTheDocument() {
        index.index(en(
                "a", "Warning", "Beware of <script>alert('x')</script> offers & \"easy\" jobs: traffickers use them."));

        String snippet = search("traffickers", "en").hits().get(0).snippet();

        assertTrue(snippet.contains("<mark>traffickers</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
        assertFalse(snippet.contains("<script"), snippet);
        String text = visibleText(snippet);
        assertFalse(text.contains("<") || text.contains(">") || text.contains("\""), snippet);
    }

    @Test
    void theSnippetOfALongTextIsAShortExcerptAroundTheMatch() {
        String filler = "The committee met again to discuss the budget of the coming year. ";
        index.index(
                en("long", "Minutes", filler.repeat(40) + "Then trafficking routes were mapped. " + filler.repeat(40)));

        String snippet = search("trafficking", "en").hits().get(0).snippet();

        assertTrue(snippet.contains("<mark>trafficking</mark>"), snippet);
        assertTrue(visibleText(snippet).length() <= 300, snippet.length() + ": " + snippet);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), "text left out is marked: " + snippet);
    }

    @Test
    void theSnippetMarksAccentedWordsFoundWithoutAccents() {
        index.index(es("a", "Informe", "La explotación laboral de los migrantes en México."));

        String snippet = search("explotacion mexico", "es").hits().get(0).snippet();

        assertTrue(snippet.contains("<mark>explotación</mark>"), snippet);
        assertTrue(snippet.contains("<mark>México</mark>"), snippet);
    }

    @Test
    void withoutAMatchInTheTextTheSnippetIsTheEscapedSummary() {
        index.index(doc(
                "publications",
                "publication",
                "a",
                "en",
                "Trafficking",
                "Facts & figures <2024>",
                "Nothing else here."));

        String snippet = search("trafficking", "en").hits().get(0).snippet();

        assertEquals("Facts &amp; figures &lt;2024&gt;", snippet);
    }

    // ---- facets and filters

    private void indexFacetCorpus() {
        index.index(doc("publications", "publication", "p1", "en", "Mexico report", "S", "Routes through Mexico."));
        index.index(doc("publications", "publication", "p2", "en", "Mexico data", "S", "Figures for Mexico."));
        index.index(doc("publications", "factsheet", "p3", "es", "México", "S", "Datos de México."));
        index.index(doc("news", "article", "n1", "en", "News from Mexico", "S", "Mexico again."));
        index.index(doc("news", "article", "n2", "es", "Noticias de México", "S", "México otra vez."));
        index.index(doc("publications", "publication", "p4", "en", "Canada", "S", "Nothing about the south."));
        index.index(doc("secret", "note", "s1", "en", "Mexico note", "S", "Mexico."));
        index.index(draft(doc("news", "article", "n3", "en", "Mexico draft", "S", "Mexico.")));
    }

    @Test
    void facetsCountAllMatchesPerModuleTypeAndLanguage() {
        indexFacetCorpus();

        SearchResults results = search("Mexico", "en");

        assertEquals(5, results.total());
        assertEquals(Map.of("publications", 3L, "news", 2L), results.moduleFacets());
        assertEquals(Map.of("publication", 2L, "factsheet", 1L, "article", 2L), results.typeFacets());
        assertEquals(Map.of("en", 3L, "es", 2L), results.languageFacets());
    }

    @Test
    void facetSelectionsNarrowTheHitsButNotTheFacets() {
        indexFacetCorpus();

        SearchResults news = search("Mexico", "en", "news", null, null);
        SearchResults spanishNews = search("Mexico", "en", "news", null, "es");
        SearchResults publications = search("Mexico", "en", null, "publication", null);

        assertEquals(2, news.total());
        assertEquals(Set.of("n1", "n2"), Set.copyOf(keys(news)));
        assertEquals(List.of("n2"), keys(spanishNews));
        assertEquals(1, spanishNews.total());
        assertEquals(Set.of("p1", "p2"), Set.copyOf(keys(publications)));
        for (SearchResults results : List.of(news, spanishNews, publications)) {
            assertEquals(Map.of("publications", 3L, "news", 2L), results.moduleFacets());
            assertEquals(Map.of("publication", 2L, "factsheet", 1L, "article", 2L), results.typeFacets());
            assertEquals(Map.of("en", 3L, "es", 2L), results.languageFacets());
        }
    }

    @Test
    void aSelectionNothingHasFindsNothing() {
        indexFacetCorpus();

        SearchResults results = search("Mexico", "en", null, "podcast", null);

        assertEquals(0, results.total());
        assertEquals(List.of(), results.hits());
        assertEquals(Map.of("publications", 3L, "news", 2L), results.moduleFacets());
    }

    // ---- paging

    @Test
    void pagesSplitTheMatches() {
        IntStream.range(0, 25).forEach(i -> index.index(en("r" + i, "Mexico report " + i, "Routes through Mexico.")));
        index.index(en("other", "Canada", "Nothing."));

        Set<String> seen = new HashSet<>();
        int[] expected = {10, 10, 5, 0};
        for (int page = 0; page < expected.length; page++) {
            SearchResults results =
                    index.search(new SearchQuery("Mexico", "en", ENABLED, null, null, null, false, page, 10));
            assertEquals(25, results.total(), "page " + page);
            assertEquals(expected[page], results.hits().size(), "page " + page);
            seen.addAll(keys(results));
        }
        assertEquals(25, seen.size());
        assertFalse(seen.contains("other"));
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyButKeepsTheTotal() {
        index.index(en("a", "Mexico", "Mexico."));

        SearchResults results =
                index.search(new SearchQuery("Mexico", "en", ENABLED, null, null, null, false, 1000, 100));

        assertEquals(1, results.total());
        assertEquals(List.of(), results.hits());
    }

    // ---- rebuild and durability

    @Test
    void replaceAllDropsWhatWasThere() {
        index.index(en("old1", "Old trafficking report", "Text."));
        index.index(en("old2", "Old labour report", "Text."));

        index.replaceAll(
                Stream.of(en("new1", "New trafficking report", "Text."), es("new2", "Informe nuevo", "Texto.")));

        assertEquals(2, index.size());
        assertEquals(List.of("new1"), keys(search("trafficking", "en")));
        assertEquals(0, search("labour", "en").total());
        assertEquals(List.of("new2"), keys(search("informe", "es")));
    }

    @Test
    void replaceAllWithNothingEmptiesTheIndex() {
        index.index(en("old", "Old trafficking report", "Text."));

        index.replaceAll(Stream.empty());

        assertEquals(0, index.size());
        assertEquals(0, search("trafficking", "en").total());
    }

    @Test
    void aFailingRebuildLeavesTheOldContent() {
        index.index(en("old", "Old trafficking report", "Text."));
        Stream<SearchDocument> failing = Stream.of("new", "boom").map(key -> {
            if (key.equals("boom")) {
                throw new IllegalStateException("module failed");
            }
            return en(key, "New trafficking report", "Text.");
        });

        assertThrows(IllegalStateException.class, () -> index.replaceAll(failing));

        assertEquals(1, index.size());
        assertEquals(List.of("old"), keys(search("trafficking", "en")));
        index.index(en("after", "Trafficking after the failure", "Text."));
        assertEquals(Set.of("old", "after"), Set.copyOf(keys(search("trafficking", "en"))));
    }

    @Test
    void aRebuildWithTheSameIdentityTwiceKeepsTheLast() {
        index.replaceAll(
                Stream.of(en("a", "Old trafficking report", "Text."), en("a", "New trafficking report", "Text.")));

        assertEquals(1, index.size());
        assertEquals(
                "New trafficking report",
                search("trafficking", "en").hits().get(0).title());
    }

    @Test
    void aQueryOfManyWordsNeedsThreeQuartersOfThem() {
        index.index(en("a", "Report", "Routes networks victims shelters."));

        assertEquals(List.of("a"), keys(search("routes networks victims courts", "en")));
        assertEquals(0, search("routes networks courts judges", "en").total());
    }

    @Test
    void documentsSurviveReopening() throws Exception {
        index.index(en("a", "Trafficking report", "Human trafficking in the region."));
        index.index(es("b", "Informe sobre la trata", "La trata de personas."));
        close(index);
        opened.remove(index);

        index = open();

        assertEquals(2, index.size());
        assertEquals(List.of("a"), keys(search("trafficking", "en")));
        assertEquals(List.of("b"), keys(search("trata", "es")));
    }
}
