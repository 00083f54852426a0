package org.beaconportal.core.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.application.SearchResults.SearchHit;
import org.beaconportal.core.spi.SearchDocument;

/**
 * The {@link SearchIndex} of a cluster: PostgreSQL full-text search in the portal's database, so
 * that every node sees every change at once. Same contract as {@link LuceneSearchIndex} (both pass
 * {@code SearchIndexContractTest}).
 *
 * <p><b>Tables</b> (migration {@code db/migration/core-postgresql}, applied on PostgreSQL only, see
 * {@link SchemaMigrator#migratePostgresOnly}): {@code core_search_document}, one row per module,
 * type, key and language, with the stored fields, the text search configuration of its language
 * ({@code english} for {@code en}, {@code spanish} for {@code es}, {@code simple} otherwise) and a
 * {@code tsvector} (GIN index) weighted A for the title, B for the summary, C for the text;
 * {@code core_search_term}, the vocabulary of lexemes per configuration, for typo tolerance.
 *
 * <p><b>Accents.</b> Without the {@code unaccent} extension (which the portal's role may not be
 * allowed to create): each word is indexed twice at the same position, as the stem of the word
 * with its accents removed afterwards ({@code explotación} → {@code explot}) and as the stem of the
 * word without accents ({@code explotacion}); see {@link PostgresSearchText}. A query word is
 * looked up in both forms, so accents never matter and the Spanish stemmer still sees them.
 *
 * <p><b>Queries.</b> The reader's text is split into words (never parsed as query syntax: no
 * {@code websearch_to_tsquery}, whose {@code -word} would exclude the word), each word analysed with
 * every configuration. Per configuration, a word matches exactly or (weighted ×0.3) fuzzily: a
 * lexeme of the vocabulary with the same first character within one edit (stems of 4 to 7
 * characters) or two (8 to 40), transpositions counting as one, at most 50 variants. A query of
 * one or two words needs all of them; a longer one three quarters. Ranking is {@code ts_rank_cd}
 * with title ×3, summary ×1.5, text ×1. Facets count all matches that the access filters (enabled
 * modules, published) let through; the module, type and language selections narrow the hits only.
 *
 * <p><b>Snippets.</b> {@code ts_headline} over the accent-folded text (the first {@value
 * #MAX_HIGHLIGHT_LENGTH} characters) with private-use markers; the excerpt is mapped back onto the
 * original text (folding keeps every offset) and formatted by {@link SearchSnippets}, as Lucene's.
 *
 * <p><b>Writes</b> are transactions: a document and its vocabulary together; {@link #replaceAll}
 * locks the tables against other writers (readers go on seeing the old content) and commits once,
 * or rolls back entirely. Inside a container transaction (JTA) a write joins it instead, so the
 * index changes with the content that caused it. Removing a document leaves its lexemes in the
 * vocabulary until the next rebuild: a stale lexeme can only be a fuzzy variant that matches
 * nothing. Only the first {@value #MAX_INDEXED_LENGTH} characters of a text are indexed.
 */
public class PostgresSearchIndex implements SearchIndex {

    /** Longest snippet, in characters of document text. */
    static final int SNIPPET_LENGTH = LuceneSearchIndex.SNIPPET_LENGTH;

    /**
     * Characters of a document's text that are indexed (a {@code tsvector} holds at most 1 MB: a
     * longer text could fail the whole write), and in which a snippet is looked for.
     */
    static final int MAX_INDEXED_LENGTH = 200_000;

    static final int MAX_HIGHLIGHT_LENGTH = MAX_INDEXED_LENGTH;

    static final int MAX_QUERY_TERMS = LuceneSearchIndex.MAX_QUERY_TERMS;
    static final int MAX_FUZZY_TERM_LENGTH = LuceneSearchIndex.MAX_FUZZY_TERM_LENGTH;
    static final int MAX_FUZZY_EXPANSIONS = LuceneSearchIndex.MAX_FUZZY_EXPANSIONS;
    static final double FUZZY_WEIGHT = LuceneSearchIndex.FUZZY_WEIGHT;

    /** Query words beyond this many are ignored; longer words are never matched. */
    private static final int MAX_QUERY_WORDS = 64;

    private static final int MAX_WORD_LENGTH = 255;

    /** Weights of D, C (text), B (summary), A (title): 1, 1.5, 3 scaled into [0, 1]. */
    private static final String WEIGHTS = "'{0, 0.3333, 0.5, 1.0}'";

    /** The configurations, in the order the query analysis uses them. */
    private static final List<String> CONFIGS = List.of("english", "spanish", "simple");

    private static final String HEADLINE_OPTIONS = "StartSel=\"" + PostgresSearchText.MARK_START + "\", StopSel=\""
            + PostgresSearchText.MARK_END + "\", MaxWords=35, MinWords=15, ShortWord=0, HighlightAll=false";

    /**
     * The vector of one field: both accent forms of each word; for a text without letters to fold
     * (both forms alike), simply the vector of the folded text. ({@code translate} is slow on long
     * texts: it runs only where it changes something.)
     */
    private static final String FIELD_VECTOR = "CASE WHEN %1$s ~ '[\u00c0-\u024f]' THEN (translate(to_tsvector(v.cfg,"
            + " %1$s)::text, v.f, v.t) || ' ' || to_tsvector(v.cfg, %2$s)::text)::tsvector"
            + " ELSE to_tsvector(v.cfg, %2$s) END";

    private static final String UPSERT_DOCUMENT = "WITH v AS (SELECT ?::regconfig AS cfg, ?::text AS f, ?::text AS t,"
            + " ?::text AS title, ?::text AS ftitle, ?::text AS summary, ?::text AS fsummary, ?::text AS body,"
            + " ?::text AS fbody)"
            + " INSERT INTO core_search_document AS d (module, type, doc_key, language, config, title, summary,"
            + " body, folded_summary, folded_body, path, published, updated, terms)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " setweight(" + FIELD_VECTOR.formatted("v.title", "v.ftitle") + ", 'A')"
            + " || setweight(" + FIELD_VECTOR.formatted("v.summary", "v.fsummary") + ", 'B')"
            + " || setweight(" + FIELD_VECTOR.formatted("v.body", "v.fbody") + ", 'C') FROM v"
            + " ON CONFLICT (module, type, doc_key, language) DO UPDATE SET config = EXCLUDED.config,"
            + " title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,"
            + " folded_summary = EXCLUDED.folded_summary, folded_body = EXCLUDED.folded_body, path = EXCLUDED.path,"
            + " published = EXCLUDED.published, updated = EXCLUDED.updated, terms = EXCLUDED.terms";

    /** The vocabulary of the documents selected by {@code %s}, lexemes in order (fewer lock waits). */
    private static final String ADD_TERMS = "INSERT INTO core_search_term (config, lexeme)"
            + " SELECT DISTINCT d.config, l.lexeme FROM core_search_document d,"
            + " unnest(tsvector_to_array(d.terms)) AS l(lexeme)"
            + " WHERE %s AND char_length(l.lexeme) BETWEEN 3 AND " + (MAX_FUZZY_TERM_LENGTH + 2)
            + " ORDER BY 1, 2 ON CONFLICT DO NOTHING";

    /** Documents per batch in a rebuild. */
    private static final int BATCH_SIZE = 100;

    private static final String ANALYZE = "SELECT w.i, c.cfg::text, tsvector_to_array(to_tsvector(c.cfg, w.neutral)),"
            + " tsvector_to_array(to_tsvector(c.cfg, w.folded))"
            + " FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS w(neutral, folded, i)"
            + " CROSS JOIN unnest(?::regconfig[]) AS c(cfg) ORDER BY w.i";

    private final DataSource dataSource;
    private final BooleanSupplier inContainerTransaction;

    /**
     * An index in the database of {@code dataSource}, whose schema (search path) must hold the
     * tables of the {@code core-postgresql} migration; each write is a transaction of its own.
     */
    public PostgresSearchIndex(DataSource dataSource) {
        this(dataSource, () -> false);
    }

    /**
     * An index whose writes join the container's transaction (JTA) when one is active: the index
     * then changes together with the content, or not at all. Outside one, each write is a
     * transaction of its own.
     *
     * @param inContainerTransaction true while the calling thread runs in a JTA transaction
     */
    public PostgresSearchIndex(DataSource dataSource, BooleanSupplier inContainerTransaction) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.inContainerTransaction = Objects.requireNonNull(inContainerTransaction, "inContainerTransaction");
    }

    // ---- writes

    @Override
    public void index(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_DOCUMENT);
                    PreparedStatement terms = connection.prepareStatement(
                            ADD_TERMS.formatted("d.module = ? AND d.type = ? AND d.doc_key = ? AND d.language = ?"))) {
                upsert(upsert, document);
                upsert.executeUpdate();
                terms.setString(1, document.moduleId());
                terms.setString(2, document.type());
                terms.setString(3, document.key());
                terms.setString(4, LuceneSearchIndex.normalizeLanguage(document.language()));
                terms.executeUpdate();
            }
        });
    }

    @Override
    public void remove(String moduleId, String type, String key, String language) {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM core_search_document"
                    + " WHERE module = ? AND type = ? AND doc_key = ? AND language = ?")) {
                delete.setString(1, moduleId);
                delete.setString(2, type);
                delete.setString(3, key);
                delete.setString(4, LuceneSearchIndex.normalizeLanguage(language));
                delete.executeUpdate();
            }
        });
    }

    @Override
    public void replaceAll(Stream<SearchDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                // Other writers wait (a rebuild wins over what they would change meanwhile); readers
                // see the old content until the commit.
                statement.execute("LOCK TABLE core_search_document, core_search_term IN EXCLUSIVE MODE");
                statement.execute("DELETE FROM core_search_document");
                statement.execute("DELETE FROM core_search_term");
            }
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_DOCUMENT)) {
                Iterator<SearchDocument> iterator = documents.iterator();
                int batched = 0;
                while (iterator.hasNext()) {
                    // Upsert: the stream's last document of an identity wins, as with index().
                    // (Each batched upsert is a statement of its own, so a later one may update a
                    // row an earlier one inserted.)
                    upsert(upsert, Objects.requireNonNull(iterator.next(), "document"));
                    upsert.addBatch();
                    if (++batched == BATCH_SIZE) {
                        upsert.executeBatch();
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    upsert.executeBatch();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(ADD_TERMS.formatted("TRUE"));
                // Fresh statistics, or the planner guesses from the old content's.
                statement.execute("ANALYZE core_search_document, core_search_term");
            }
        });
    }

    private static void upsert(PreparedStatement upsert, SearchDocument document) throws SQLException {
        String language = LuceneSearchIndex.normalizeLanguage(document.language());
        String title = PostgresSearchText.storable(document.title());
        String summary = PostgresSearchText.storable(document.summary());
        String body = PostgresSearchText.storable(document.text());
        String indexedBody = body.length() > MAX_INDEXED_LENGTH ? body.substring(0, MAX_INDEXED_LENGTH) : body;
        int i = 1;
        upsert.setString(i++, config(language));
        upsert.setString(i++, PostgresSearchText.FOLD_FROM);
        upsert.setString(i++, PostgresSearchText.FOLD_TO);
        upsert.setString(i++, PostgresSearchText.neutral(title));
        upsert.setString(i++, PostgresSearchText.fold(title));
        upsert.setString(i++, PostgresSearchText.neutral(summary));
        upsert.setString(i++, PostgresSearchText.fold(summary));
        upsert.setString(i++, PostgresSearchText.neutral(indexedBody));
        upsert.setString(i++, PostgresSearchText.fold(indexedBody));
        upsert.setString(i++, document.moduleId());
        upsert.setString(i++, document.type());
        upsert.setString(i++, document.key());
        upsert.setString(i++, language);
        upsert.setString(i++, config(language));
        upsert.setString(i++, title);
        upsert.setString(i++, summary);
        upsert.setString(i++, body);
        upsert.setString(i++, foldedOrNull(summary));
        upsert.setString(i++, foldedOrNull(body));
        upsert.setString(i++, PostgresSearchText.storable(document.path()));
        upsert.setBoolean(i++, document.published());
        if (document.updated() == null) {
            upsert.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            upsert.setObject(i++, document.updated());
        }
    }

    /** The folded text, or null if folding changes nothing. */
    private static String foldedOrNull(String text) {
        String folded = PostgresSearchText.fold(text);
        return folded.equals(text) ? null : folded;
    }

    /** The text search configuration of a language. */
    static String config(String language) {
        return switch (language) {
            case "en" -> "english";
            case "es" -> "spanish";
            default -> "simple";
        };
    }

    // ---- reads

    @Override
    public long size() {
        return withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM core_search_document")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.text().isEmpty() || query.modules().isEmpty()) {
            return SearchResults.empty();
        }
        List<String> words = words(query.text());
        if (words.isEmpty()) {
            return SearchResults.empty();
        }
        return withConnection(connection -> {
            Map<String, List<Set<String>>> groups = analyze(connection, words);
            if (groups.isEmpty()) {
                return SearchResults.empty();
            }
            Map<String, Map<String, Set<String>>> fuzzy = fuzzyVariants(connection, groups);
            List<ConfigQuery> configs = new ArrayList<>();
            groups.forEach((config, terms) -> configs.add(ConfigQuery.of(config, terms, fuzzy.get(config))));
            return search(connection, query, configs);
        });
    }

    /** The words of the reader's text (letters, digits and combining marks), at most 64. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i <= codePoints.length && words.size() < MAX_QUERY_WORDS; i++) {
            int cp = i < codePoints.length ? codePoints[i] : ' ';
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp)
                    || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                if (word.length() <= MAX_WORD_LENGTH) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        return words;
    }

    /**
     * Per configuration, the distinct term groups of the words (each group: the lexemes of one
     * word, both accent forms), at most 16; configurations where no word yields a lexeme (stop
     * words only) are left out.
     */
    private static Map<String, List<Set<String>>> analyze(Connection connection, List<String> words)
            throws SQLException {
        Map<String, LinkedHashSet<Set<String>>> groups = new LinkedHashMap<>();
        try (PreparedStatement analyze = connection.prepareStatement(ANALYZE)) {
            analyze.setArray(
                    1,
                    connection.createArrayOf(
                            "text",
                            words.stream().map(PostgresSearchText::neutral).toArray()));
            analyze.setArray(
                    2,
                    connection.createArrayOf(
                            "text", words.stream().map(PostgresSearchText::fold).toArray()));
            analyze.setArray(3, connection.createArrayOf("text", CONFIGS.toArray()));
            try (ResultSet rows = analyze.executeQuery()) {
                while (rows.next()) {
                    Set<String> group = new LinkedHashSet<>();
                    for (String lexeme : strings(rows.getArray(3))) {
                        group.add(PostgresSearchText.fold(lexeme));
                    }
                    group.addAll(strings(rows.getArray(4)));
                    group.removeIf(String::isBlank);
                    LinkedHashSet<Set<String>> ofConfig =
                            groups.computeIfAbsent(rows.getString(2), c -> new LinkedHashSet<>());
                    if (!group.isEmpty() && ofConfig.size() < MAX_QUERY_TERMS) {
                        ofConfig.add(group);
                    }
                }
            }
        }
        Map<String, List<Set<String>>> result = new LinkedHashMap<>();
        groups.forEach((config, ofConfig) -> {
            if (!ofConfig.isEmpty()) {
                result.put(config, List.copyOf(ofConfig));
            }
        });
        return result;
    }

    /**
     * Per configuration and exact lexeme, its fuzzy variants from the vocabulary: same first
     * character, within the edit distance its length allows, closest first, at most 50.
     */
    private static Map<String, Map<String, Set<String>>> fuzzyVariants(
            Connection connection, Map<String, List<Set<String>>> groups) throws SQLException {
        record Wanted(String config, String lexeme, int edits) {}
        List<Wanted> wanted = new ArrayList<>();
        groups.forEach((config, terms) -> terms.stream()
                .flatMap(Set::stream)
                .distinct()
                .forEach(lexeme -> {
                    int length = lexeme.codePointCount(0, lexeme.length());
                    int edits = length < 4 || length > MAX_FUZZY_TERM_LENGTH ? 0 : length < 8 ? 1 : 2;
                    if (edits > 0) {
                        wanted.add(new Wanted(config, lexeme, edits));
                    }
                }));
        Map<String, Map<String, Set<String>>> variants = new HashMap<>();
        if (wanted.isEmpty()) {
            return variants;
        }
        StringBuilder sql = new StringBuilder("SELECT config, lexeme FROM core_search_term WHERE ");
        for (int i = 0; i < wanted.size(); i++) {
            sql.append(i == 0 ? "" : " OR ")
                    .append("(config = ? AND lexeme >= ? AND lexeme < ? AND char_length(lexeme) BETWEEN ? AND ?)");
        }
        Map<String, List<String>> candidates = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Wanted each : wanted) {
                int first = each.lexeme().codePointAt(0);
                int length = each.lexeme().codePointCount(0, each.lexeme().length());
                select.setString(p++, each.config());
                select.setString(p++, Character.toString(first));
                select.setString(p++, Character.toString(first + 1));
                select.setInt(p++, length - each.edits());
                select.setInt(p++, length + each.edits());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    candidates
                            .computeIfAbsent(rows.getString(1), c -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        for (Wanted each : wanted) {
            int[] term = each.lexeme().codePoints().toArray();
            TreeMap<Integer, List<String>> byDistance = new TreeMap<>();
            for (String candidate : candidates.getOrDefault(each.config(), List.of())) {
                if (candidate.equals(each.lexeme()) || candidate.codePointAt(0) != term[0]) {
                    continue;
                }
                int distance = distance(term, candidate.codePoints().toArray(), each.edits());
                if (distance <= each.edits()) {
                    byDistance.computeIfAbsent(distance, d -> new ArrayList<>()).add(candidate);
                }
            }
            Set<String> closest = new LinkedHashSet<>();
            byDistance.values().forEach(list -> list.stream()
                    .sorted()
                    .limit(MAX_FUZZY_EXPANSIONS - closest.size())
                    .forEach(closest::add));
            if (!closest.isEmpty()) {
                variants.computeIfAbsent(each.config(), c -> new HashMap<>()).put(each.lexeme(), closest);
            }
        }
        return variants;
    }

    /**
     * Edit distance with adjacent transpositions counting as one edit (optimal string alignment,
     * as Lucene's fuzzy query); anything above {@code max} is reported as {@code max + 1}.
     */
    static int distance(int[] a, int[] b, int max) {
        if (Math.abs(a.length - b.length) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return Math.min(d[a.length][b.length], max + 1);
    }

    /**
     * The query of one configuration.
     *
     * @param any what a matching document's vector must match (GIN-indexed)
     * @param groups one query per term group (exact or fuzzy), when not all are required
     * @param required how many groups must match
     * @param exact every exact lexeme, for ranking
     * @param fuzzy every fuzzy variant, for ranking (null if none)
     * @param lexemes every lexeme, exact or fuzzy, for highlighting
     */
    private record ConfigQuery(
            String config,
            String any,
            List<String> groups,
            int required,
            String exact,
            String fuzzy,
            List<String> lexemes) {

        static ConfigQuery of(String config, List<Set<String>> terms, Map<String, Set<String>> fuzzy) {
            Map<String, Set<String>> variants = fuzzy == null ? Map.of() : fuzzy;
            List<String> groups = new ArrayList<>();
            Set<String> exact = new LinkedHashSet<>();
            Set<String> inexact = new LinkedHashSet<>();
            for (Set<String> group : terms) {
                Set<String> alternatives = new LinkedHashSet<>(group);
                exact.addAll(group);
                for (String lexeme : group) {
                    Set<String> near = variants.getOrDefault(lexeme, Set.of());
                    alternatives.addAll(near);
                    inexact.addAll(near);
                }
                groups.add(or(alternatives));
            }
            inexact.removeAll(exact);
            int required = LuceneSearchIndex.requiredTerms(groups.size());
            boolean all = required == groups.size();
            String any = all
                    ? String.join(" & ", groups.stream().map(g -> "(" + g + ")").toList())
                    : String.join(" | ", groups);
            List<String> lexemes = new ArrayList<>(exact);
            lexemes.addAll(inexact);
            return new ConfigQuery(
                    config,
                    any,
                    all ? List.of() : groups,
                    required,
                    or(exact),
                    inexact.isEmpty() ? null : or(inexact),
                    lexemes);
        }

        private static String or(Set<String> lexemes) {
            return String.join(" | ", lexemes.stream().map(ConfigQuery::literal).toList());
        }

        /** A lexeme as a tsquery operand: quoted, quotes and backslashes doubled. */
        private static String literal(String lexeme) {
            return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
        }
    }

    private SearchResults search(Connection connection, SearchQuery query, List<ConfigQuery> configs)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("WITH m AS MATERIALIZED (");
        for (int c = 0; c < configs.size(); c++) {
            ConfigQuery config = configs.get(c);
            sql.append(c == 0 ? "" : " UNION ALL ")
                    .append("SELECT d.module, d.type, d.doc_key, d.language, ts_rank_cd(")
                    .append(WEIGHTS)
                    .append(", d.terms, ?::tsquery, 1)");
            params.add(config.exact());
            if (config.fuzzy() != null) {
                sql.append(" + ").append(FUZZY_WEIGHT).append(" * ts_rank_cd(").append(WEIGHTS);
                sql.append(", d.terms, ?::tsquery, 1)");
                params.add(config.fuzzy());
            }
            sql.append(" AS score,"
                    + " (?::text IS NULL OR d.module = ?) AND (?::text IS NULL OR d.type = ?)"
                    + " AND (?::text IS NULL OR d.language = ?) AS selected"
                    + " FROM core_search_document d"
                    + " WHERE d.config = ? AND d.module = ANY(?) AND d.terms @@ ?::tsquery");
            String language =
                    query.languageFilter() == null ? null : LuceneSearchIndex.normalizeLanguage(query.languageFilter());
            for (String selection : new String[] {query.moduleFilter(), query.typeFilter(), language}) {
                params.add(selection);
                params.add(selection);
            }
            params.add(config.config());
            params.add(connection.createArrayOf("text", query.modules().toArray()));
            params.add(config.any());
            if (!query.includeUnpublished()) {
                sql.append(" AND d.published");
            }
            if (!config.groups().isEmpty()) {
                sql.append(" AND (SELECT count(*) FROM unnest(?::tsquery[]) AS g(q) WHERE d.terms @@ g.q) >= ?");
                params.add(connection.createArrayOf("text", config.groups().toArray()));
                params.add(config.required());
            }
        }
        sql.append("), page AS (SELECT module, type, doc_key, language, score,"
                + " row_number() OVER (ORDER BY score DESC, module, type, doc_key, language) AS ord"
                + " FROM m WHERE selected ORDER BY ord LIMIT ? OFFSET ?)");
        params.add(query.pageSize());
        params.add((long) query.page() * query.pageSize());

        // Per hit: the query lexemes of its configuration, plus the accent-folded forms that share a
        // position with a matched lexeme (the forms ts_headline sees in the folded text).
        sql.append(
                ", hit AS MATERIALIZED (SELECT p.ord, p.score, d.*, (SELECT array_to_string(array_agg(DISTINCT '''' ||"
                        + " replace(replace(x.l, '\\', '\\\\'), '''', '''''') || ''''), ' | ')::tsquery"
                        + " FROM (SELECT unnest(q.ql) AS l UNION SELECT b.lexeme FROM unnest(d.terms) a"
                        + " JOIN unnest(d.terms) b ON b.positions && array_remove(a.positions, 16383::smallint)"
                        + " WHERE a.lexeme = ANY(q.ql)) x) AS hq,"
                        + " left(coalesce(d.folded_body, d.body), " + MAX_HIGHLIGHT_LENGTH + ") AS fbody,"
                        + " coalesce(d.folded_summary, d.summary) AS fsummary"
                        + " FROM page p JOIN core_search_document d USING (module, type, doc_key, language)"
                        + " CROSS JOIN LATERAL (SELECT CASE d.config");
        for (ConfigQuery config : configs) {
            sql.append(" WHEN ? THEN ?::text[]");
            params.add(config.config());
            params.add(connection.createArrayOf("text", config.lexemes().toArray()));
        }
        sql.append(" END AS ql) q), headline AS MATERIALIZED (SELECT h.*,"
                + " ts_headline(h.config::regconfig, h.fbody, h.hq, ?) AS hbody,"
                + " ts_headline(h.config::regconfig, h.fsummary, h.hq, ?) AS hsummary FROM hit h)");
        params.add(HEADLINE_OPTIONS);
        params.add(HEADLINE_OPTIONS);
        String unmarked = "replace(replace(%s, chr(57344), ''), chr(57345), '')";
        sql.append(" SELECT 'hit', h.ord, h.module, h.type, h.doc_key, h.language, h.title, h.path, h.published,"
                + " h.score, h.hbody, substr(h.body, strpos(h.fbody, " + unmarked.formatted("h.hbody") + "),"
                + " char_length(" + unmarked.formatted("h.hbody") + ")),"
                + " strpos(h.fbody, " + unmarked.formatted("h.hbody") + "),"
                + " char_length(h.body), h.hsummary, h.summary, NULL::bigint FROM headline h"
                + " UNION ALL SELECT 'module', NULL, module, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                + " NULL, NULL, NULL, NULL, count(*) FROM m GROUP BY module"
                + " UNION ALL SELECT 'type', NULL, type, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                + " NULL, NULL, NULL, NULL, count(*) FROM m GROUP BY type"
                + " UNION ALL SELECT 'language', NULL, language, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                + " NULL, NULL, NULL, NULL, count(*) FROM m GROUP BY language"
                + " UNION ALL SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                + " NULL, NULL, NULL, NULL, count(*) FILTER (WHERE selected) FROM m");

        long total = 0;
        TreeMap<Long, SearchHit> hits = new TreeMap<>();
        Map<String, Long> modules = new HashMap<>();
        Map<String, Long> types = new HashMap<>();
        Map<String, Long> languages = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object param = params.get(i);
                if (param == null) {
                    select.setNull(i + 1, Types.VARCHAR);
                } else if (param instanceof Array array) {
                    select.setArray(i + 1, array);
                } else {
                    select.setObject(i + 1, param);
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "hit" -> hits.put(rows.getLong(2), hit(rows));
                        case "module" -> modules.put(rows.getString(3), rows.getLong(17));
                        case "type" -> types.put(rows.getString(3), rows.getLong(17));
                        case "language" -> languages.put(rows.getString(3), rows.getLong(17));
                        default -> total = rows.getLong(17);
                    }
                }
            }
        }
        return new SearchResults(total, List.copyOf(hits.values()), modules, types, languages);
    }

    private static SearchHit hit(ResultSet rows) throws SQLException {
        String snippet = snippet(rows.getString(11), rows.getString(12), rows.getInt(13), rows.getInt(14));
        String summary = rows.getString(16);
        if (snippet == null) {
            snippet = snippet(rows.getString(15), summary, 1, summary == null ? 0 : summary.length());
        }
        if (snippet == null) {
            snippet = summary != null && !summary.isBlank()
                    ? SearchSnippets.escape(summary)
                    : leadingText(rows.getString(12), rows.getInt(14));
        }
        return new SearchHit(
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                snippet,
                rows.getString(8),
                rows.getBoolean(9),
                rows.getFloat(10));
    }

    /** Without a match anywhere: the beginning of the text (the headline's excerpt starts there). */
    private static String leadingText(String excerpt, int length) {
        if (excerpt == null) {
            return "";
        }
        String leading = SearchSnippets.leading(excerpt, SNIPPET_LENGTH);
        return excerpt.length() < length && !leading.endsWith(SearchSnippets.ELLIPSIS)
                ? leading + SearchSnippets.ELLIPSIS
                : leading;
    }

    /**
     * The snippet of a headline: its marked words located in the original excerpt (same length,
     * one character for one), formatted by {@link SearchSnippets}; null if nothing is marked.
     *
     * @param headline ts_headline's output over the folded text, with markers
     * @param excerpt the original text the headline covers (markers left out)
     * @param position one-based position of the excerpt in the document's text (0: not found)
     * @param length length of the document's text, in characters
     */
    static String snippet(String headline, String excerpt, int position, int length) {
        if (headline == null || headline.indexOf(PostgresSearchText.MARK_START) < 0) {
            return null;
        }
        boolean aligned = position > 0 && excerpt != null;
        StringBuilder content = new StringBuilder(headline.length());
        List<int[]> matches = new ArrayList<>();
        int[] open = null;
        int source = 0;
        for (int i = 0; i < headline.length(); ) {
            int cp = headline.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == PostgresSearchText.MARK_START) {
                open = new int[] {content.length(), -1};
            } else if (cp == PostgresSearchText.MARK_END) {
                if (open != null) {
                    open[1] = content.length();
                    matches.add(open);
                    open = null;
                }
            } else if (aligned && source < excerpt.length()) {
                int original = excerpt.codePointAt(source);
                source += Character.charCount(original);
                content.appendCodePoint(original);
            } else {
                content.appendCodePoint(cp);
            }
        }
        matches.removeIf(match -> match[1] <= match[0]);
        if (matches.isEmpty()) {
            return null;
        }
        matches.sort(Comparator.comparingInt(match -> match[0]));
        String text = content.toString();
        int before = aligned ? position - 1 : 0;
        boolean textAfter = aligned && before + excerpt.codePointCount(0, excerpt.length()) < length;
        return SearchSnippets.highlight(
                text, 0, text.length(), matches.toArray(int[][]::new), before > 0, textAfter, SNIPPET_LENGTH);
    }

    // ---- plumbing

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> strings = new ArrayList<>(values.length);
        for (Object value : values) {
            strings.add(String.valueOf(value).toLowerCase(Locale.ROOT));
        }
        return strings;
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface Change {
        void apply(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Search in PostgreSQL failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a change in one transaction: all of it is committed, or nothing. Within a container
     * transaction (a {@code @Transactional} caller), the change joins it and is committed or rolled
     * back with it.
     */
    private void inTransaction(Change change) {
        boolean joined = inContainerTransaction.getAsBoolean();
        try (Connection connection = dataSource.getConnection()) {
            if (joined) {
                change.apply(connection);
                return;
            }
            connection.setAutoCommit(false);
            try {
                change.apply(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Search index write to PostgreSQL failed: " + e.getMessage(), e);
        }
    }
}
