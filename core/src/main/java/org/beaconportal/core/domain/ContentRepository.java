package org.beaconportal.core.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Stored content items of every type, their revisions and old slugs. */
public interface ContentRepository {

    Optional<ContentItem> find(long id);

    <T extends ContentItem> Optional<T> findBySlug(Class<T> type, String language, String slug);

    Optional<Long> redirectFor(Class<? extends ContentItem> type, String typeName, String language, String oldSlug);

    void rememberOldSlug(ContentItem item, String oldSlug);

    /** Items matching the staff filters, newest change first. */
    List<ContentItem> search(ContentFilter filter, int first, int max);

    long count(ContentFilter filter);

    /** Published items whose publish or unpublish time fell in {@code (since, now]}. */
    List<ContentItem> scheduleDue(OffsetDateTime since, OffsetDateTime now);

    /** Every item, for rebuilding the search index. */
    Stream<ContentItem> streamAll();

    ContentItem save(ContentItem item);

    void addRevision(ContentRevision revision);

    int lastRevisionNumber(long itemId);

    List<ContentRevision> revisions(long itemId);

    Optional<ContentRevision> revision(long itemId, int number);

    /** The entity class of a content type name ({@code page}, {@code topic}), if one exists. */
    Optional<Class<? extends ContentItem>> contentType(String name);

    /** Forces the version check now (so a conflict surfaces inside the service call). */
    void flush();
}
