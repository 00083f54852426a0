package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentRepository;
import org.beaconportal.core.domain.ContentStatus;

/**
 * What the public may read: items published now, of core or of an enabled module. Used by the
 * content API, feeds and the sitemap.
 */
@ApplicationScoped
@Transactional
public class PublishedContent {

    /** A page of results. */
    public record Page<T>(long total, List<T> items) {}

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    SearchService search;

    @Inject
    ContentRepository repository;

    @Inject
    Clock clock;

    @Inject
    TaxonomyService taxonomy;

    public Page<ContentItem> list(String module, String type, String language, String text, int page, int size) {
        return list(module, type, language, text, null, null, page, size);
    }

    /**
     * Published items, newest first.
     *
     * @param termPath a term's path ({@code topics/labour-trafficking}): items filed under it or
     *     under a term below it; an unknown term matches nothing
     * @param tag a free tag
     */
    public Page<ContentItem> list(
            String module, String type, String language, String text, String termPath, String tag, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(module, type, language, text, params);
        if (termPath != null && !termPath.isBlank()) {
            Set<Long> terms = taxonomy.byPath(termPath.strip())
                    .map(t -> taxonomy.withDescendants(t.getId()))
                    .orElse(Set.of(-1L));
            where += " and exists (select 1 from ContentItem ct join ct.terms t where ct = c and t.id in :terms)";
            params.put("terms", List.copyOf(terms));
        }
        if (tag != null && !tag.isBlank()) {
            where += " and :tag member of c.tags";
            params.put("tag", tag.strip().toLowerCase(Locale.ROOT));
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from ContentItem c" + where, Long.class);
        TypedQuery<ContentItem> items = em.createQuery(
                "select c from ContentItem c" + where + " order by c.publishedAt desc, c.id desc", ContentItem.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        return new Page<>(
                count.getSingleResult(),
                items.setFirstResult(page * size).setMaxResults(size).getResultList());
    }

    public Optional<ContentItem> find(String type, String language, String slug) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<String> modules = search.visibleModules();
        return em.createQuery(
                        "select c from ContentItem c where c.language = :language and c.slug = :slug",
                        ContentItem.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .filter(c -> c.typeName().equals(type) && modules.contains(c.getModuleId()) && c.isVisibleAt(now))
                .findFirst();
    }

    private String where(String module, String type, String language, String text, Map<String, Object> params) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> conditions = new ArrayList<>();
        conditions.add("c.status = :published");
        params.put("published", ContentStatus.PUBLISHED);
        conditions.add("(c.publishAt is null or c.publishAt <= :now)");
        conditions.add("(c.unpublishAt is null or c.unpublishAt > :now)");
        params.put("now", now);
        Set<String> modules = search.visibleModules();
        if (module != null && !module.isBlank()) {
            conditions.add("c.moduleId = :module");
            params.put("module", modules.contains(module) ? module : "-");
        } else {
            conditions.add("c.moduleId in :modules");
            params.put("modules", modules);
        }
        if (type != null && !type.isBlank()) {
            Optional<Class<? extends ContentItem>> typeClass = repository.contentType(type);
            if (typeClass.isPresent()) {
                conditions.add("TYPE(c) = :type");
                params.put("type", typeClass.get());
            } else {
                conditions.add("c.id < 0");
            }
        }
        if (language != null && !language.isBlank()) {
            conditions.add("c.language = :language");
            params.put("language", language);
        }
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(c.title) like :text or lower(c.summary) like :text)");
            params.put(
                    "text",
                    "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return " where " + String.join(" and ", conditions);
    }
}
