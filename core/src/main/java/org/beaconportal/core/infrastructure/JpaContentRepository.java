package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.beaconportal.core.domain.ContentFilter;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentRepository;
import org.beaconportal.core.domain.ContentRevision;
import org.beaconportal.core.domain.SlugRedirect;

@ApplicationScoped
public class JpaContentRepository implements ContentRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public Optional<ContentItem> find(long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id));
    }

    @Override
    public <T extends ContentItem> Optional<T> findBySlug(Class<T> type, String language, String slug) {
        return em.createQuery(
                        "select c from " + type.getSimpleName() + " c where c.language = :language and c.slug = :slug",
                        type)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Long> redirectFor(
            Class<? extends ContentItem> type, String typeName, String language, String oldSlug) {
        return em.createNamedQuery("SlugRedirect.find", SlugRedirect.class)
                .setParameter("type", typeName)
                .setParameter("language", language)
                .setParameter("slug", oldSlug)
                .getResultStream()
                .findFirst()
                .map(SlugRedirect::getItemId);
    }

    @Override
    public void rememberOldSlug(ContentItem item, String oldSlug) {
        // The item's new slug must not stay shadowed by a redirect from an earlier rename.
        em.createQuery("delete from SlugRedirect r where r.contentType = :t and r.language = :l and r.oldSlug = :s")
                .setParameter("t", item.typeName())
                .setParameter("l", item.getLanguage())
                .setParameter("s", item.getSlug())
                .executeUpdate();
        em.merge(new SlugRedirect(item.typeName(), item.getLanguage(), oldSlug, item.getId()));
    }

    @Override
    public List<ContentItem> search(ContentFilter filter, int first, int max) {
        TypedQuery<ContentItem> query = em.createQuery(
                "select c from ContentItem c" + where(filter) + " order by c.updatedAt desc, c.id desc",
                ContentItem.class);
        parameters(filter).forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ContentFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(c) from ContentItem c" + where(filter), Long.class);
        parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(ContentFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add("TYPE(c) = :type");
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
        }
        if (filter.language() != null) {
            conditions.add("c.language = :language");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(c.title) like :text or lower(c.summary) like :text)");
        }
        if (filter.terms() != null) {
            conditions.add("exists (select 1 from ContentItem ct join ct.terms t where ct = c and t.id in :terms)");
        }
        if (filter.tag() != null) {
            conditions.add(":tag member of c.tags");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private Map<String, Object> parameters(ContentFilter filter) {
        Map<String, Object> values = new HashMap<>();
        if (filter.type() != null) {
            values.put(
                    "type",
                    contentType(filter.type())
                            .orElseThrow(() -> new IllegalArgumentException("Unknown content type " + filter.type())));
        }
        if (filter.status() != null) {
            values.put("status", filter.status());
        }
        if (filter.language() != null) {
            values.put("language", filter.language());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String escaped = filter.text()
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("%", "")
                    .replace("_", "");
            values.put("text", "%" + escaped + "%");
        }
        if (filter.terms() != null) {
            values.put("terms", List.copyOf(filter.terms()));
        }
        if (filter.tag() != null) {
            values.put("tag", filter.tag());
        }
        return values;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Class<? extends ContentItem>> contentType(String name) {
        return em.getMetamodel().getEntities().stream()
                .<Class<?>>map(e -> e.getJavaType())
                .filter(ContentItem.class::isAssignableFrom)
                .filter(c -> {
                    var annotation = c.getAnnotation(jakarta.persistence.DiscriminatorValue.class);
                    return annotation != null && annotation.value().equals(name);
                })
                .<Class<? extends ContentItem>>map(c -> (Class<? extends ContentItem>) c)
                .findFirst();
    }

    @Override
    public List<ContentItem> scheduleDue(OffsetDateTime since, OffsetDateTime now) {
        return em.createNamedQuery("ContentItem.scheduleDue", ContentItem.class)
                .setParameter("since", since)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public Stream<ContentItem> streamAll() {
        return em.createNamedQuery("ContentItem.all", ContentItem.class).getResultStream();
    }

    @Override
    public ContentItem save(ContentItem item) {
        if (item.getId() == null) {
            em.persist(item);
            return item;
        }
        return em.merge(item);
    }

    @Override
    public void addRevision(ContentRevision revision) {
        em.persist(revision);
    }

    @Override
    public int lastRevisionNumber(long itemId) {
        return ((Number) em.createNamedQuery("ContentRevision.lastNumber")
                        .setParameter("item", itemId)
                        .getSingleResult())
                .intValue();
    }

    @Override
    public List<ContentRevision> revisions(long itemId) {
        return em.createNamedQuery("ContentRevision.ofItem", ContentRevision.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    @Override
    public Optional<ContentRevision> revision(long itemId, int number) {
        return em.createNamedQuery("ContentRevision.byNumber", ContentRevision.class)
                .setParameter("item", itemId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
