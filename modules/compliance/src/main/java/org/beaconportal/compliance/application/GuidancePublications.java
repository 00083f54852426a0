package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.PublishedContent;
import org.beaconportal.core.domain.ContentItem;

/**
 * Publications of the publications module as resources of guidance steps, read through core's
 * content API only (module id, type name and the item's own fields): the compliance module does not
 * depend on the publications module. While that module is disabled (or absent) there are no
 * choices and no linked publications are shown; the links themselves are kept.
 *
 * <pre>{@code
 * publications.linked(step.getPublicationIds())  // published ones, with title, year and address
 * }</pre>
 */
@ApplicationScoped
public class GuidancePublications {

    /** Id of the module whose content this reads. */
    public static final String MODULE = "publications";

    /** Content type name of a publication. */
    public static final String TYPE = "publication";

    /** Most publications offered to staff to choose from. */
    static final int MAX_CHOICES = 500;

    /**
     * A publication as a guidance page shows it.
     *
     * @param year the year of issue, or null when the publication has no date
     * @param path its public address without context path, with {@code /es} for Spanish ones
     */
    public record LinkedPublication(long id, String title, Integer year, String language, String path) {

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public Integer getYear() {
            return year;
        }

        public String getLanguage() {
            return language;
        }

        public String getPath() {
            return path;
        }
    }

    @Inject
    ModuleRegistry modules;

    @Inject
    ContentService content;

    @Inject
    PublishedContent published;

    @Inject
    Clock clock;

    /** Whether the publications module is enabled, so that publications can be linked and shown. */
    public boolean available() {
        return modules.isEnabled(MODULE);
    }

    /** The given publications that the public may read now, in the given order; none while the module is off. */
    @Transactional
    public List<LinkedPublication> linked(Collection<Long> contentIds) {
        if (!available()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return contentIds.stream()
                .map(content::find)
                .flatMap(Optional::stream)
                .filter(item -> isPublication(item) && item.isVisibleAt(now))
                .map(GuidancePublications::linkable)
                .toList();
    }

    /** Published publications in both languages, newest first, for staff to pick from. */
    @Transactional
    public List<LinkedPublication> choices() {
        if (!available()) {
            return List.of();
        }
        return published.list(MODULE, TYPE, null, null, 0, MAX_CHOICES).items().stream()
                .map(GuidancePublications::linkable)
                .toList();
    }

    /** True when the id names a publication (published or not). */
    @Transactional
    public boolean isPublication(long contentId) {
        return content.find(contentId)
                .filter(GuidancePublications::isPublication)
                .isPresent();
    }

    private static boolean isPublication(ContentItem item) {
        return MODULE.equals(item.getModuleId()) && TYPE.equals(item.typeName());
    }

    private static LinkedPublication linkable(ContentItem item) {
        String prefix = "es".equals(item.getLanguage()) ? "/es" : "";
        return new LinkedPublication(
                item.getId(),
                item.getTitle(),
                yearOf(item.getFields().get("date")),
                item.getLanguage(),
                prefix + item.publicPath());
    }

    /** The year of an ISO date ({@code 2021-05-01}) or of a bare year; null for anything else. */
    static Integer yearOf(String date) {
        if (date == null || !date.matches("\\d{4}(-.*)?")) {
            return null;
        }
        return Integer.valueOf(date.substring(0, 4));
    }
}
