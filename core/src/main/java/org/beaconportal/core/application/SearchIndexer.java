package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentRepository;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.core.spi.SearchDocument;

/**
 * Keeps the search index in step with content: applies {@code search.index} outbox entries (the
 * payload is an item id) and rebuilds the whole index from the database.
 */
@ApplicationScoped
public class SearchIndexer implements OutboxHandler {

    public static final String TOPIC = "search.index";

    /** Module id under which core's own content (pages) is indexed. */
    public static final String CORE = "core";

    @Inject
    ContentRepository content;

    @Inject
    SearchIndex index;

    @Inject
    ModuleRegistry registry;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Clock clock;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    @Transactional
    public void handle(String payload) {
        // Items are archived, never deleted, so an unknown id has nothing to index.
        content.find(Long.parseLong(payload))
                .ifPresent(item -> index.index(toDocument(item, OffsetDateTime.now(clock))));
    }

    /** Replaces the index with every content item and every enabled module's own documents. */
    @Transactional
    public long rebuild() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Stream<SearchDocument> items = content.streamAll().map(i -> toDocument(i, now));
        index.replaceAll(Stream.concat(items, registry.searchDocuments()));
        return index.size();
    }

    private String searchableText(ContentItem item) {
        String body = markdown.toPlainText(item.getBody() == null ? "" : item.getBody());
        String extra = item.searchText();
        return extra == null || extra.isBlank() ? body : body + "\n\n" + extra;
    }

    /** The search document of a content item; published means visible to the public now. */
    public SearchDocument toDocument(ContentItem item, OffsetDateTime now) {
        return new SearchDocument(
                item.getModuleId(),
                item.typeName(),
                String.valueOf(item.getId()),
                item.getLanguage(),
                item.getTitle(),
                item.getSummary() == null ? "" : item.getSummary(),
                searchableText(item),
                item.publicPath(),
                item.isVisibleAt(now),
                item.getUpdatedAt());
    }
}
