package org.beaconportal.core.spi;

import java.util.List;

/**
 * A module's recently published items, newest first.
 *
 * <pre>{@code
 * public FeedContribution feed() {
 *     return (language, limit) -> news.latest(language, limit).stream().map(NewsItem::toFeedItem).toList();
 * }
 * }</pre>
 *
 * @since 1
 */
@FunctionalInterface
public interface FeedContribution {

    /** At most {@code limit} items in {@code language}, newest first. */
    List<FeedItem> recent(String language, int limit);

    /** A module that contributes nothing. */
    FeedContribution NONE = (language, limit) -> List.of();
}
