package org.beaconportal.core.spi;

import java.util.stream.Stream;

/**
 * How a module's content becomes search documents. Core calls {@link #documents()} when it
 * rebuilds the index; modules report single changes through the core content outbox.
 *
 * <pre>{@code
 * public SearchContribution search() {
 *     return () -> publications.findAll().stream().map(Publication::toSearchDocument);
 * }
 * }</pre>
 *
 * @since 1
 */
@FunctionalInterface
public interface SearchContribution {

    /** Every document the module wants indexed, drafts included (flagged unpublished). */
    Stream<SearchDocument> documents();

    /** A module that contributes nothing. */
    SearchContribution NONE = Stream::empty;
}
