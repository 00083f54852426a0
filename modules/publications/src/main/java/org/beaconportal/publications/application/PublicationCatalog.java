package org.beaconportal.publications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.application.TaxonomyService;
import org.beaconportal.core.domain.ContentStatus;
import org.beaconportal.publications.PublicationsModule;
import org.beaconportal.publications.domain.FileRole;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;
import org.beaconportal.publications.domain.PublicationRepository;

/**
 * The public catalogue: published publications filtered by kind, topic, region, year and language,
 * sorted, paged, with facet counts. Words are looked up in core's site search index (which holds
 * the text extracted from the files), so the catalogue finds what {@code /search} finds, with the
 * same highlighted snippets; the filters then apply in the database.
 *
 * <pre>{@code
 * CatalogPage page = catalog.search(new CatalogQuery("wages", PublicationKind.RESEARCH_REPORT, null, null,
 *         null, null, null, 0, "en"));
 * }</pre>
 */
@ApplicationScoped
public class PublicationCatalog {

    /** Most search hits the catalogue considers for one query. */
    static final int MAX_HITS = 1000;

    private static final int HITS_PER_CALL = 100;

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    SearchIndex index;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    PublicationRepository repository;

    @Inject
    Clock clock;

    @Transactional
    public CatalogPage search(CatalogQuery query) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Long, String> snippets = null;
        List<Long> ranked = null;
        if (query.text() != null) {
            snippets = new LinkedHashMap<>();
            for (SearchResults.SearchHit hit : hits(query)) {
                snippets.putIfAbsent(Long.parseLong(hit.key()), hit.snippet());
            }
            ranked = List.copyOf(snippets.keySet());
            if (ranked.isEmpty()) {
                return new CatalogPage(0, List.of(), Map.of(), Map.of(), Map.of(), Map.of());
            }
        }
        Filter filter = new Filter(query, ranked, now);

        Facets facets = facets(filter);
        long total = facets.total();
        List<Publication> items;
        if (query.sort() == CatalogQuery.Sort.RELEVANCE && ranked != null) {
            List<Long> matching = filter.query(em, "select p.id from Publication p", Long.class)
                    .getResultList();
            Set<Long> allowed = Set.copyOf(matching);
            List<Long> pageIds = ranked.stream()
                    .filter(allowed::contains)
                    .skip((long) query.page() * CatalogQuery.PAGE_SIZE)
                    .limit(CatalogQuery.PAGE_SIZE)
                    .toList();
            Map<Long, Publication> byId = repository.findAll(pageIds).stream()
                    .collect(Collectors.toMap(Publication::getId, Function.identity()));
            items = pageIds.stream()
                    .map(byId::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        } else {
            items = filter.query(em, "select p from Publication p", Publication.class, order(query.sort()))
                    .setFirstResult(query.page() * CatalogQuery.PAGE_SIZE)
                    .setMaxResults(CatalogQuery.PAGE_SIZE)
                    .getResultList();
        }
        Map<Long, List<PublicationFile>> files =
                repository.files(items.stream().map(Publication::getId).toList());
        List<CatalogPage.Entry> entries = new ArrayList<>();
        for (Publication p : items) {
            List<PublicationFile> own = files.getOrDefault(p.getId(), List.of());
            entries.add(new CatalogPage.Entry(
                    p,
                    thumbnail(own),
                    snippets == null ? null : snippets.get(p.getId()),
                    main(own).orElse(null)));
        }
        return new CatalogPage(total, entries, facets.kinds(), facets.years(), facets.languages(), termFacet(filter));
    }

    /** The publications' latest published items, newest first (home widget, feeds). */
    @Transactional
    public List<CatalogPage.Entry> latest(String language, int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        CatalogQuery query =
                new CatalogQuery(null, null, null, null, null, language, CatalogQuery.Sort.DATE, 0, language);
        List<Publication> items = new Filter(query, null, now)
                .query(em, "select p from Publication p", Publication.class, " order by p.publishedAt desc, p.id desc")
                .setMaxResults(limit)
                .getResultList();
        Map<Long, List<PublicationFile>> files =
                repository.files(items.stream().map(Publication::getId).toList());
        return items.stream()
                .map(p -> {
                    List<PublicationFile> own = files.getOrDefault(p.getId(), List.of());
                    return new CatalogPage.Entry(
                            p, thumbnail(own), null, main(own).orElse(null));
                })
                .toList();
    }

    /** Cover if any, else the main file's first page, else the first section's. */
    static String thumbnail(List<PublicationFile> files) {
        return files.stream()
                .filter(f -> f.getRole() == FileRole.COVER)
                .map(PublicationFile::getFilePath)
                .findFirst()
                .or(() -> files.stream()
                        .filter(f -> f.getThumbnailPath() != null)
                        .sorted(Comparator.comparing(PublicationFile::getRole))
                        .map(PublicationFile::getThumbnailPath)
                        .findFirst())
                .orElse(null);
    }

    static Optional<PublicationFile> main(List<PublicationFile> files) {
        return files.stream().filter(f -> f.getRole() == FileRole.MAIN).findFirst();
    }

    private List<SearchResults.SearchHit> hits(CatalogQuery query) {
        List<SearchResults.SearchHit> hits = new ArrayList<>();
        for (int page = 0; hits.size() < MAX_HITS; page++) {
            SearchResults results = index.search(new SearchQuery(
                    query.text(),
                    query.readerLanguage(),
                    Set.of(PublicationsModule.ID),
                    PublicationsModule.ID,
                    Publication.TYPE,
                    query.language(),
                    false,
                    page,
                    HITS_PER_CALL));
            hits.addAll(results.hits());
            if (results.hits().size() < HITS_PER_CALL || hits.size() >= results.total()) {
                break;
            }
        }
        return hits;
    }

    private static String order(CatalogQuery.Sort sort) {
        return switch (sort) {
            case TITLE -> " order by lower(p.title), p.id";
            case DATE_ASC -> " order by p.issued asc, p.id";
            default -> " order by p.issued desc, p.publishedAt desc, p.id desc";
        };
    }

    /** Total and counts per kind, year and language, from one grouped query. */
    private record Facets(long total, Map<String, Long> kinds, Map<Integer, Long> years, Map<String, Long> languages) {}

    private Facets facets(Filter filter) {
        List<Object[]> rows = filter.query(
                        em,
                        "select p.kind, p.issuedYear, p.language, count(p) from Publication p",
                        Object[].class,
                        " group by p.kind, p.issuedYear, p.language")
                .getResultList();
        Map<String, Long> kinds = new HashMap<>();
        Map<Integer, Long> years = new TreeMap<>(Comparator.reverseOrder());
        Map<String, Long> languages = new TreeMap<>();
        long total = 0;
        for (Object[] r : rows) {
            long count = ((Number) r[3]).longValue();
            total += count;
            kinds.merge(
                    ((Enum<?>) r[0]).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), count, Long::sum);
            if (r[1] != null) {
                years.merge((Integer) r[1], count, Long::sum);
            }
            languages.merge((String) r[2], count, Long::sum);
        }
        Map<String, Long> byCount = new LinkedHashMap<>();
        kinds.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byCount.put(e.getKey(), e.getValue()));
        return new Facets(total, byCount, years, languages);
    }

    private Map<Long, Long> termFacet(Filter filter) {
        List<Object[]> rows = filter.query(
                        em, "select t.id, count(p) from Publication p join p.terms t", Object[].class, " group by t.id")
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    /** The where clause of a catalogue query and its parameters. */
    private final class Filter {
        private final StringBuilder where = new StringBuilder();
        private final Map<String, Object> values = new HashMap<>();

        Filter(CatalogQuery query, List<Long> ids, OffsetDateTime now) {
            where.append(" where p.status = :published")
                    .append(" and (p.publishAt is null or p.publishAt <= :now)")
                    .append(" and (p.unpublishAt is null or p.unpublishAt > :now)");
            values.put("published", ContentStatus.PUBLISHED);
            values.put("now", now);
            if (ids != null) {
                where.append(" and p.id in :ids");
                values.put("ids", ids);
            }
            if (query.kind() != null) {
                where.append(" and p.kind = :kind");
                values.put("kind", query.kind());
            }
            if (query.year() != null) {
                where.append(" and p.issuedYear = :year");
                values.put("year", query.year());
            }
            if (query.language() != null) {
                where.append(" and p.language = :language");
                values.put("language", query.language());
            }
            term("topics", query.topic());
            term("regions", query.region());
        }

        private void term(String name, Long termId) {
            if (termId == null) {
                return;
            }
            Set<Long> ids = taxonomy.withDescendants(termId);
            if (ids.isEmpty()) {
                ids = Set.of(-1L);
            }
            where.append(" and exists (select 1 from Publication q join q.terms t where q = p and t.id in :")
                    .append(name)
                    .append(")");
            values.put(name, List.copyOf(ids));
        }

        <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type) {
            return query(em, select, type, "");
        }

        <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type, String tail) {
            TypedQuery<T> q = em.createQuery(select + where + tail, type);
            values.forEach(q::setParameter);
            return q;
        }
    }
}
