package org.beaconportal.resources.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** Laws as the public reads them: filtered, counted and paged. */
public interface LawRepository {

    /** Published laws in one language matching the filter, newest first, then by citation. */
    List<Law> published(String language, LawFilter filter, OffsetDateTime now, int first, int max);

    long count(String language, LawFilter filter, OffsetDateTime now);

    /** Years that published laws in this language were enacted, newest first. */
    List<Integer> years(String language, OffsetDateTime now);

    /** Published laws with these citations, in one language. */
    List<Law> byCitations(String language, Collection<String> citations, OffsetDateTime now);
}
