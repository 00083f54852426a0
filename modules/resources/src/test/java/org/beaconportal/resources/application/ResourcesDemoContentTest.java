package org.beaconportal.resources.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.resources.domain.Law;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.OrganizationCsv;
import org.beaconportal.resources.domain.TopicPage;
import org.junit.jupiter.api.Test;

/** The demo files parse into valid items, every item has its translation, and the listings are safe. */
class ResourcesDemoContentTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void everyDemoItemIsValidAndComesInEnglishAndSpanish() {
        Map<String, Set<String>> languages = new HashMap<>();
        Set<String> englishTopics = new HashSet<>();
        Set<String> lawCitations = new HashSet<>();
        for (String file : ResourcesDemoContent.files()) {
            ResourcesDemoContent.Parsed parsed =
                    ResourcesDemoContent.parse(ResourcesDemoContent.read(file), "system", NOW, file);
            ContentItem item = parsed.item();
            assertTrue(item.getBody().matches("(?s).*(Source|Fuente).*"), file + " cites its sources");
            languages
                    .computeIfAbsent(parsed.translation(), k -> new HashSet<>())
                    .add(item.getLanguage());
            if (item instanceof TopicPage topic && topic.getLanguage().equals("en")) {
                englishTopics.add(topic.getSlug());
            }
            if (item instanceof Law law) {
                lawCitations.add(law.getCitation());
            }
        }
        languages.forEach((key, langs) -> assertEquals(Set.of("en", "es"), langs, key));
        assertTrue(englishTopics.containsAll(List.of(
                "what-is-human-trafficking",
                "labour-trafficking",
                "sex-trafficking",
                "labour-and-sex-trafficking-overlap",
                "signs-and-indicators",
                "myths-and-facts",
                "browse-safely")));
        assertTrue(lawCitations.containsAll(List.of(
                "Pub. L. 106-386",
                "C.R.S. 18-3-501",
                "C.R.S. 18-3-502",
                "C.R.S. 18-3-503",
                "C.R.S. 18-3-504",
                "C.R.S. 18-3-505",
                "HB14-1273")));
    }

    @Test
    void demoListingsAreValidAndUseOnlyFictionalContacts() {
        List<OrganizationCsv.Row> rows = OrganizationCsv.read(ResourcesDemoContent.read("organizations.csv"), NOW);
        assertTrue(rows.size() >= 50, "at least 50 demo listings, got " + rows.size());
        for (OrganizationCsv.Row row : rows) {
            assertTrue(row.valid(), () -> "line " + row.line() + ": " + row.errorKey() + " " + row.errorArgs());
            assertTrue(
                    row.values().get("phone").matches("\\(\\d{3}\\) 555-01\\d\\d"),
                    row.values().get("phone"));
            assertTrue(row.values().get("website").endsWith(".example.org"));
            assertTrue(row.values().get("summary").startsWith("Demo listing."));
            new Organization(org.beaconportal.core.domain.Slug.of(row.slug()), "en", row.name(), "system", NOW)
                    .describe(row.organizationFields());
        }
    }
}
