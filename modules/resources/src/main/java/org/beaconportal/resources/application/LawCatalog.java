package org.beaconportal.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.resources.domain.Law;
import org.beaconportal.resources.domain.LawFilter;
import org.beaconportal.resources.domain.LawRepository;

/** The public list of laws (filters that combine, paging, a timeline) and one law with its related laws. */
@ApplicationScoped
public class LawCatalog {

    /** Most laws a timeline shows at once. */
    public static final int TIMELINE_LIMIT = 500;

    /** A page of laws and how many match in all. */
    public record Page(long total, List<Law> laws) {}

    @Inject
    LawRepository laws;

    @Inject
    ContentService content;

    @Inject
    Clock clock;

    @Transactional
    public Page list(String language, LawFilter filter, int page, int size) {
        OffsetDateTime now = now();
        return new Page(laws.count(language, filter, now), laws.published(language, filter, now, page * size, size));
    }

    /** Every matching law, oldest first, for the timeline. */
    @Transactional
    public List<Law> timeline(String language, LawFilter filter) {
        List<Law> found = new ArrayList<>(laws.published(language, filter, now(), 0, TIMELINE_LIMIT));
        Collections.reverse(found);
        return found;
    }

    @Transactional
    public List<Integer> years(String language) {
        return laws.years(language, now());
    }

    @Transactional
    public Optional<Law> find(String language, String slug) {
        return content.findPublic(Law.class, language, slug);
    }

    @Transactional
    public Optional<Law> renamed(String language, String slug) {
        return content.findRenamed(Law.class, Law.TYPE, language, slug);
    }

    /** The published laws a law names as related, in the same language. */
    @Transactional
    public List<Law> related(Law law) {
        return laws.byCitations(law.getLanguage(), law.getRelated(), now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
