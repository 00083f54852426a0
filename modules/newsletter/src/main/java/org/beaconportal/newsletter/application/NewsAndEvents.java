package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.beaconportal.core.domain.ContentStatus;
import org.beaconportal.core.spi.FeedItem;
import org.beaconportal.newsletter.domain.Event;
import org.beaconportal.newsletter.domain.NewsItem;

/**
 * What the public sees of the module's content: published news, upcoming events, a month of
 * events, and the feed items the newsletter composer and site feeds pick from.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsAndEvents {

    private static final String VISIBLE = " c.status = :published and (c.publishAt is null or c.publishAt <= :now)"
            + " and (c.unpublishAt is null or c.unpublishAt > :now) and c.language = :language";

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    Clock clock;

    /** Published news, newest first. */
    public List<NewsItem> news(String language, int first, int max) {
        return em.createQuery(
                        "select c from NewsItem c where" + VISIBLE + " order by c.publishedAt desc, c.id desc",
                        NewsItem.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now())
                .setParameter("language", language)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long newsCount(String language) {
        return em.createQuery("select count(c) from NewsItem c where" + VISIBLE, Long.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now())
                .setParameter("language", language)
                .getSingleResult();
    }

    /** Published events that have not ended yet, soonest first. */
    public List<Event> upcoming(String language, int max) {
        return em.createQuery(
                        "select c from Event c where" + VISIBLE
                                + " and ((c.endsAt is not null and c.endsAt >= :now) or c.startsAt >= :now)"
                                + " order by c.startsAt",
                        Event.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now())
                .setParameter("language", language)
                .setMaxResults(max)
                .getResultList();
    }

    /** Published events starting in a month (in the coalition's time zone), by start. */
    public List<Event> month(String language, YearMonth month) {
        ZoneId zone = ZoneId.of(Event.DEFAULT_ZONE);
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        return em.createQuery(
                        "select c from Event c where" + VISIBLE
                                + " and c.startsAt >= :from and c.startsAt < :to order by c.startsAt",
                        Event.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now())
                .setParameter("language", language)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public Optional<NewsItem> newsItem(String language, String slug) {
        return visible(NewsItem.class, language, slug);
    }

    public Optional<Event> event(String language, String slug) {
        return visible(Event.class, language, slug);
    }

    /** Recent news and upcoming events, newest first, for feeds and the newsletter composer. */
    public List<FeedItem> feed(String language, int limit) {
        Stream<FeedItem> news = news(language, 0, limit).stream()
                .map(n -> new FeedItem(
                        "newsletter",
                        NewsItem.TYPE,
                        n.getTitle(),
                        n.getSummary(),
                        n.publicPath(),
                        n.getLanguage(),
                        n.getPublishedAt()));
        Stream<FeedItem> events = upcoming(language, limit).stream()
                .map(e -> new FeedItem(
                        "newsletter",
                        Event.TYPE,
                        e.getTitle(),
                        e.getSummary(),
                        e.publicPath(),
                        e.getLanguage(),
                        e.getPublishedAt()));
        return Stream.concat(news, events)
                .sorted((a, b) -> b.published().compareTo(a.published()))
                .limit(limit)
                .toList();
    }

    private <T> Optional<T> visible(Class<T> type, String language, String slug) {
        return em.createQuery(
                        "select c from " + type.getSimpleName() + " c where" + VISIBLE + " and c.slug = :slug", type)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now())
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
