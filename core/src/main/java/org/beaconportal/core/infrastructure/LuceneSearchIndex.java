package org.beaconportal.core.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.application.SearchResults.SearchHit;
import org.beaconportal.core.infrastructure.LuceneLanguageAnalyzer.Profile;
import org.beaconportal.core.spi.SearchDocument;

/**
 * The embedded {@link SearchIndex}: a Lucene index in a folder of the data directory.
 *
 * <p><b>Fields.</b> Each document has an {@code id} (module, type, key and language, length-prefixed
 * so that no two identities collide), keyword fields {@code module}, {@code type}, {@code language}
 * (indexed for filters, sorted doc values for facets, stored) and {@code published}, stored {@code
 * key} and {@code path}, and full-text fields named after the document's analysis profile: {@code
 * title_en}, {@code summary_en}, {@code text_en} for English (analysed with the EnglishAnalyzer),
 * {@code *_es} for Spanish (SpanishAnalyzer), {@code *_xx} for any other language (StandardAnalyzer).
 * Full-text fields are stored and index offsets, for the highlighter.
 *
 * <p><b>Queries.</b> The reader's text is analysed per profile with that profile's analyzer, never
 * parsed as query syntax. Each term matches exactly (title ×3, summary ×1.5, text ×1) or, with a
 * lower weight (×0.3), fuzzily: one edit for terms of 4 to 7 characters, two from 8, the first
 * character fixed. A query of one or two terms needs all of them; a longer one three quarters.
 * Every profile present in the index is searched (so that the facets can count all languages); the
 * language selection is a filter like the module and type selections.
 *
 * <p><b>Facets.</b> One pass over all documents matching the text and the access filters (enabled
 * modules, published) counts modules, types and languages from doc values ordinals, and feeds
 * those that also match the selections to the top-hits collector; see {@link
 * LuceneMatchCollector}.
 *
 * <p><b>Writes</b> are serialized. Each commits, then refreshes the searcher before returning, so
 * a search right after it sees the change and a crash loses nothing that was acknowledged. A write
 * that fails is rolled back entirely (including a {@link #replaceAll} whose stream fails half-way).
 * Searches run concurrently with each other and with writes, on the last committed state.
 */
public class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    static final String ID = "id";
    static final String MODULE = "module";
    static final String TYPE = "type";
    static final String LANGUAGE = "language";
    static final String PUBLISHED = "published";
    static final String KEY = "key";
    static final String PATH = "path";
    static final String UPDATED = "updated";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String TEXT = "text";

    /** Longest snippet, in characters of document text. */
    static final int SNIPPET_LENGTH = 240;

    static final float TITLE_BOOST = 3f;
    static final float SUMMARY_BOOST = 1.5f;
    static final float TEXT_BOOST = 1f;
    static final float FUZZY_WEIGHT = 0.3f;

    /** Query terms beyond this many (per language) are ignored. */
    static final int MAX_QUERY_TERMS = 16;

    /** Terms longer than this are matched exactly only (long fuzzy automata are expensive). */
    static final int MAX_FUZZY_TERM_LENGTH = 40;

    /** Most variants one fuzzy term expands to. */
    static final int MAX_FUZZY_EXPANSIONS = 50;

    /** Characters of a field the highlighter looks at. */
    static final int MAX_HIGHLIGHT_LENGTH = 1_000_000;

    private static final String[] FACET_FIELDS = {MODULE, TYPE, LANGUAGE};
    private static final String[] FULL_TEXT = {TITLE, SUMMARY, TEXT};
    private static final float[] BOOSTS = {TITLE_BOOST, SUMMARY_BOOST, TEXT_BOOST};

    private static final FieldType FULL_TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        FULL_TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        FULL_TEXT_TYPE.freeze();
    }

    private final Path folder;
    private final Directory directory;
    private final Analyzer analyzer = new LuceneLanguageAnalyzer();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean closed;

    /**
     * Opens the index in {@code folder}, creating the folder and an empty index if missing. Only
     * one instance may have a folder open at a time (Lucene's write lock).
     *
     * @throws UncheckedIOException if the folder cannot be created or the index cannot be opened
     */
    public LuceneSearchIndex(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        Directory opened = null;
        try {
            Files.createDirectories(folder);
            opened = FSDirectory.open(folder);
            this.directory = opened;
            openWriter();
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(opened, analyzer);
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true);
        IndexWriter opened = new IndexWriter(directory, config);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                opened.commit();
            }
            this.searchers = new SearcherManager(opened, null);
            this.writer = opened;
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened);
            throw e;
        }
    }

    /** The index folder. */
    public Path folder() {
        return folder;
    }

    @Override
    public void index(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        Document fields = toDocument(document);
        write(w -> w.updateDocument(idTerm(document), fields));
    }

    @Override
    public void remove(String moduleId, String type, String key, String language) {
        Term id = new Term(
                ID,
                id(
                        Objects.requireNonNull(moduleId, "moduleId"),
                        Objects.requireNonNull(type, "type"),
                        Objects.requireNonNull(key, "key"),
                        normalizeLanguage(Objects.requireNonNull(language, "language"))));
        write(w -> w.deleteDocuments(id));
    }

    @Override
    public void replaceAll(Stream<SearchDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        write(w -> {
            w.deleteAll();
            Iterator<SearchDocument> iterator = documents.iterator();
            while (iterator.hasNext()) {
                SearchDocument document = Objects.requireNonNull(iterator.next(), "document");
                // Update, not add: the stream's last document of an identity wins, as with index().
                w.updateDocument(idTerm(document), toDocument(document));
            }
        });
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.text().isEmpty() || query.modules().isEmpty()) {
            return SearchResults.empty();
        }
        return withSearcher(searcher -> search(searcher, query));
    }

    private SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query text = textQuery(searcher.getIndexReader(), query.text());
        if (text == null) {
            return SearchResults.empty();
        }
        BooleanQuery.Builder access = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(
                        new TermInSetQuery(
                                MODULE,
                                query.modules().stream().map(BytesRef::new).toList()),
                        Occur.FILTER);
        if (!query.includeUnpublished()) {
            access.add(new TermQuery(new Term(PUBLISHED, "true")), Occur.FILTER);
        }

        long first = (long) query.page() * query.pageSize();
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        // A page past the last document can have no hits: keep one slot (total and facets still count).
        int numHits = first >= maxDoc ? 1 : (int) Math.min(first + query.pageSize(), maxDoc);
        String[] selections = {
            query.moduleFilter(),
            query.typeFilter(),
            query.languageFilter() == null ? null : normalizeLanguage(query.languageFilter())
        };
        LuceneMatchCollector.Result result =
                searcher.search(access.build(), LuceneMatchCollector.manager(numHits, FACET_FIELDS, selections));

        ScoreDoc[] all = result.top().scoreDocs;
        List<ScoreDoc> page = new ArrayList<>();
        for (long i = first; i < all.length && i < first + query.pageSize(); i++) {
            page.add(all[(int) i]);
        }
        return new SearchResults(
                result.total(), hits(searcher, text, page), result.modules(), result.types(), result.languages());
    }

    /**
     * The free-text part of a query: per profile present in the index, the text analysed with that
     * profile's analyzer; null when no profile yields a term.
     */
    private Query textQuery(IndexReader reader, String text) throws IOException {
        Map<Profile, List<String>> termsByProfile = new EnumMap<>(Profile.class);
        int termCount = 0;
        for (Profile profile : presentProfiles(reader)) {
            List<String> terms = analyze(profile.field(TEXT), text);
            if (!terms.isEmpty()) {
                termsByProfile.put(profile, terms);
                termCount += terms.size();
            }
        }
        if (termCount == 0) {
            return null;
        }
        int expansions = fuzzyExpansions(termCount);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        termsByProfile.forEach((profile, terms) -> {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String term : terms) {
                all.add(termQuery(profile, term, expansions), Occur.SHOULD);
            }
            all.setMinimumNumberShouldMatch(requiredTerms(terms.size()));
            any.add(all.build(), Occur.SHOULD);
        });
        return any.build();
    }

    /** A term in any full-text field of the profile; exact matches weigh more than fuzzy ones. */
    private static Query termQuery(Profile profile, String term, int expansions) {
        int length = term.codePointCount(0, term.length());
        int edits = length < 4 || length > MAX_FUZZY_TERM_LENGTH ? 0 : length < 8 ? 1 : 2;
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (int i = 0; i < FULL_TEXT.length; i++) {
            Term exact = new Term(profile.field(FULL_TEXT[i]), term);
            fields.add(new BoostQuery(new TermQuery(exact), BOOSTS[i]), Occur.SHOULD);
            if (edits > 0 && expansions > 0) {
                Query fuzzy = new FuzzyQuery(exact, edits, 1, expansions, true);
                fields.add(new BoostQuery(fuzzy, BOOSTS[i] * FUZZY_WEIGHT), Occur.SHOULD);
            }
        }
        return fields.build();
    }

    /** All terms of a short query, three quarters (rounded up) of a longer one. */
    static int requiredTerms(int terms) {
        return terms <= 2 ? terms : (terms * 3 + 3) / 4;
    }

    /**
     * How many variants each fuzzy term may expand to, so that the whole query stays within
     * Lucene's clause limit: each term costs one exact and up to {@code expansions} fuzzy clauses
     * per full-text field.
     */
    private static int fuzzyExpansions(int termCount) {
        int budget = IndexSearcher.getMaxClauseCount() - 64;
        int perTerm = budget / (termCount * FULL_TEXT.length);
        return Math.max(0, Math.min(MAX_FUZZY_EXPANSIONS, perTerm - 1));
    }

    /** The profiles whose full-text fields occur in the index. */
    private static Set<Profile> presentProfiles(IndexReader reader) {
        Set<Profile> present = EnumSet.noneOf(Profile.class);
        for (LeafReaderContext leaf : reader.leaves()) {
            for (Profile profile : Profile.values()) {
                if (leaf.reader().getFieldInfos().fieldInfo(profile.field(TITLE)) != null) {
                    present.add(profile);
                }
            }
        }
        return present;
    }

    /** The distinct terms of a text as the field's analyzer produces them, at most MAX_QUERY_TERMS. */
    private List<String> analyze(String field, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < MAX_QUERY_TERMS && stream.incrementToken()) {
                if (term.length() > 0) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        }
        return List.copyOf(terms);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query text, List<ScoreDoc> page) throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        Set<String> wanted = new HashSet<>(Set.of(MODULE, TYPE, KEY, LANGUAGE, PATH, PUBLISHED));
        for (Profile profile : Profile.values()) {
            wanted.add(profile.field(TITLE));
            wanted.add(profile.field(SUMMARY));
        }
        int[] docIds = new int[page.size()];
        Document[] documents = new Document[page.size()];
        Set<Profile> profiles = EnumSet.noneOf(Profile.class);
        for (int i = 0; i < page.size(); i++) {
            docIds[i] = page.get(i).doc;
            DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(wanted);
            stored.document(docIds[i], visitor);
            documents[i] = visitor.getDocument();
            profiles.add(Profile.of(documents[i].get(LANGUAGE)));
        }

        List<String> fields = new ArrayList<>();
        for (Profile profile : profiles) {
            fields.add(profile.field(TEXT));
            fields.add(profile.field(SUMMARY));
        }
        int[] maxPassages = new int[fields.size()];
        Arrays.fill(maxPassages, 1);
        Map<String, String[]> highlights =
                highlighter(searcher).highlightFields(fields.toArray(String[]::new), text, docIds, maxPassages);

        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Document document = documents[i];
            Profile profile = Profile.of(document.get(LANGUAGE));
            String snippet = highlights.get(profile.field(TEXT))[i];
            if (snippet == null || snippet.isEmpty()) {
                snippet = highlights.get(profile.field(SUMMARY))[i];
            }
            if (snippet == null || snippet.isEmpty()) {
                snippet = fallbackSnippet(searcher, docIds[i], document.get(profile.field(SUMMARY)), profile);
            }
            hits.add(new SearchHit(
                    document.get(MODULE),
                    document.get(TYPE),
                    document.get(KEY),
                    document.get(LANGUAGE),
                    Objects.requireNonNullElse(document.get(profile.field(TITLE)), ""),
                    snippet,
                    document.get(PATH),
                    "true".equals(document.get(PUBLISHED)),
                    page.get(i).score));
        }
        return hits;
    }

    /** The escaped summary; without one, the beginning of the text. */
    private static String fallbackSnippet(IndexSearcher searcher, int docId, String summary, Profile profile)
            throws IOException {
        if (summary != null && !summary.isBlank()) {
            return SearchSnippets.escape(summary);
        }
        String text = searcher.storedFields()
                .document(docId, Set.of(profile.field(TEXT)))
                .get(profile.field(TEXT));
        return text == null ? "" : SearchSnippets.leading(text, SNIPPET_LENGTH);
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new LuceneSnippetFormatter(SNIPPET_LENGTH))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH * 2 / 3, 0.5f))
                .withMaxLength(MAX_HIGHLIGHT_LENGTH)
                .withMaxNoHighlightPassages(0)
                // Term and automaton extraction: as good for these queries and far cheaper than
                // the Matches API, which re-runs the (minimum-should-match) query per document.
                .withWeightMatches(false)
                .build();
    }

    private static Document toDocument(SearchDocument source) {
        String language = normalizeLanguage(source.language());
        Profile profile = Profile.of(language);
        Document document = new Document();
        document.add(new StringField(ID, id(source.moduleId(), source.type(), source.key(), language), Field.Store.NO));
        keyword(document, MODULE, source.moduleId());
        keyword(document, TYPE, source.type());
        keyword(document, LANGUAGE, language);
        document.add(new StringField(PUBLISHED, Boolean.toString(source.published()), Field.Store.YES));
        document.add(new StoredField(KEY, source.key()));
        document.add(new StoredField(PATH, source.path()));
        if (source.updated() != null) {
            document.add(new NumericDocValuesField(
                    UPDATED, source.updated().toInstant().toEpochMilli()));
            document.add(new StoredField(UPDATED, source.updated().toString()));
        }
        document.add(new Field(profile.field(TITLE), source.title(), FULL_TEXT_TYPE));
        document.add(
                new Field(profile.field(SUMMARY), Objects.requireNonNullElse(source.summary(), ""), FULL_TEXT_TYPE));
        document.add(new Field(profile.field(TEXT), Objects.requireNonNullElse(source.text(), ""), FULL_TEXT_TYPE));
        return document;
    }

    private static void keyword(Document document, String field, String value) {
        document.add(new StringField(field, value, Field.Store.YES));
        document.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static Term idTerm(SearchDocument document) {
        return new Term(
                ID, id(document.moduleId(), document.type(), document.key(), normalizeLanguage(document.language())));
    }

    /** Module, type, key and language, each prefixed by its length: no two identities share an id. */
    static String id(String moduleId, String type, String key, String language) {
        StringBuilder id = new StringBuilder();
        for (String part : new String[] {moduleId, type, key, language}) {
            id.append(part.length()).append(':').append(part);
        }
        return id.toString();
    }

    static String normalizeLanguage(String language) {
        return language.strip().toLowerCase(Locale.ROOT);
    }

    @FunctionalInterface
    private interface WriteAction {
        void apply(IndexWriter writer) throws IOException;
    }

    @FunctionalInterface
    private interface SearchAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs a change, commits it and makes it searchable; on failure rolls everything back to the
     * last commit (reopening the writer, which Lucene closes on rollback) and rethrows.
     */
    private void write(WriteAction action) {
        writeLock.lock();
        try {
            ensureOpen();
            try {
                action.apply(writer);
                writer.commit();
            } catch (IOException | RuntimeException | Error e) {
                rollback(e);
                throw e;
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index write failed in " + folder, e);
        } finally {
            writeLock.unlock();
        }
    }

    private void rollback(Throwable cause) {
        SearcherManager previous = searchers;
        try {
            writer.rollback();
            openWriter();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
            closed = true;
        } finally {
            if (previous != searchers) {
                IOUtils.closeWhileHandlingException(previous);
            }
        }
    }

    private <T> T withSearcher(SearchAction<T> action) {
        while (true) {
            ensureOpen();
            SearcherManager manager = searchers;
            if (manager == null) {
                continue; // closed meanwhile: ensureOpen throws
            }
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (AlreadyClosedException e) {
                // Closed, or swapped by a rollback in the meantime: take the new one.
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("Search failed in " + folder, e);
            }
            try {
                return action.apply(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("Search failed in " + folder, e);
            } finally {
                release(manager, searcher);
            }
        }
    }

    private static void release(SearcherManager manager, IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The search index in " + folder + " is closed");
        }
    }

    /** Commits nothing new (every write is committed already) and releases the folder. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed && writer == null) {
                return;
            }
            closed = true;
            IOUtils.close(searchers, writer, analyzer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index in " + folder, e);
        } finally {
            writer = null;
            searchers = null;
            writeLock.unlock();
        }
    }
}
