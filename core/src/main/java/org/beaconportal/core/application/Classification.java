package org.beaconportal.core.application;

import java.util.List;
import java.util.Set;

/**
 * The terms and free tags an editor gives an item.
 *
 * @param termIds ids of terms from any vocabulary
 * @param tags free tags as typed (they are normalized by the item)
 */
public record Classification(Set<Long> termIds, List<String> tags) {

    public static final Classification NONE = new Classification(Set.of(), List.of());

    public Classification {
        termIds = termIds == null ? Set.of() : Set.copyOf(termIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
