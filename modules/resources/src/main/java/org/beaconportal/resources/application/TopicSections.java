package org.beaconportal.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.resources.domain.TopicPage;
import org.beaconportal.resources.domain.TopicRepository;

/**
 * Topic pages as readers move through them: one page, the pages of its section in order (the
 * table of contents) and its neighbours.
 */
@ApplicationScoped
public class TopicSections {

    /** A topic with the section it belongs to; previous and next may be null. */
    public record Reading(TopicPage page, List<TopicPage> section, TopicPage previous, TopicPage next) {}

    @Inject
    TopicRepository topics;

    @Inject
    ContentService content;

    @Inject
    Clock clock;

    @Transactional
    public Optional<Reading> read(String language, String slug) {
        return content.findPublic(TopicPage.class, language, slug).map(page -> {
            List<TopicPage> section = topics.publishedInSection(language, page.getSection(), now());
            int at = section.indexOf(page);
            TopicPage previous = at > 0 ? section.get(at - 1) : null;
            TopicPage next = at >= 0 && at + 1 < section.size() ? section.get(at + 1) : null;
            return new Reading(page, section, previous, next);
        });
    }

    @Transactional
    public Optional<TopicPage> renamed(String language, String slug) {
        return content.findRenamed(TopicPage.class, TopicPage.TYPE, language, slug);
    }

    /** The published pages of a section, in order. */
    @Transactional
    public List<TopicPage> section(String language, String section) {
        return topics.publishedInSection(language, section, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
