package org.beaconportal.resources.domain;

import java.util.List;
import java.util.Optional;

/** The review queue of listing suggestions. */
public interface SuggestionRepository {

    ListingSuggestion save(ListingSuggestion suggestion);

    Optional<ListingSuggestion> find(long id);

    /** Suggestions in a status, oldest first. */
    List<ListingSuggestion> withStatus(ListingSuggestion.Status status);

    long count(ListingSuggestion.Status status);
}
