package org.beaconportal.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.resources.application.DirectoryQuery;
import org.beaconportal.resources.application.DirectoryResults;
import org.beaconportal.resources.application.ServiceDirectory;
import org.beaconportal.resources.domain.DirectoryFilter;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.OrganizationRepository;
import org.beaconportal.resources.domain.ServiceKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directory search on the database: service + county + language return exactly the matching
 * listings, over a set of 60 listings made here (plus the demo listings already seeded).
 */
@ExtendWith(ArquillianExtension.class)
class DirectorySearchIT {

    private static final Editor ADMIN = new Editor("it-admin", EnumSet.of(PortalRole.ADMIN));
    private static final List<String> SERVICES = List.of("legal", "shelter", "medical", "immigration");
    private static final List<String> COUNTIES = List.of("Adams", "Denver", "Weld");
    private static final List<String> LANGUAGES = List.of("es", "en", "vi");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    ServiceDirectory directory;

    @Inject
    ContentService content;

    @Inject
    OrganizationRepository organizations;

    @Inject
    Clock clock;

    /** Listing {@code i} offers service i%4 (and legal when i%5==0), serves county i%3 (statewide when i%7==0), speaks i%3 and en. */
    private List<Organization> createSet(String marker) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < 60; i++) {
            String name = marker + " listing " + i;
            String services = SERVICES.get(i % 4) + (i % 5 == 0 ? ", legal" : "");
            String counties = i % 7 == 0 ? "Statewide" : COUNTIES.get(i % 3);
            String languages = "en, " + LANGUAGES.get(i % 3);
            Organization org = new Organization(Slug.fromTitle(name), "en", name, "it-admin", now);
            org.edit(name, "Test listing number " + i, "", "it-admin", now);
            org.describe(Map.of(
                    "services", services,
                    "counties", counties,
                    "languages", languages,
                    "phone", "(303) 555-01" + String.format(Locale.ROOT, "%02d", i)));
            content.create(ADMIN, org, "IT");
            if (i != 59) {
                content.transition(ADMIN, org.getId(), WorkflowAction.PUBLISH, null);
            }
        }
        return organizations.all().stream()
                .filter(o -> o.getTitle().startsWith(marker + " "))
                .toList();
    }

    @Test
    void serviceCountyAndLanguageTogetherReturnExactlyTheMatchingListings() {
        String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<Organization> set = createSet(marker);
        assertEquals(60, set.size());

        DirectoryResults results = directory.search(
                new DirectoryQuery(new DirectoryFilter(ServiceKind.LEGAL, "Adams", "es"), marker, 0, 100));

        Set<String> expected = set.stream()
                .filter(o -> !o.getTitle().endsWith(" 59"))
                .filter(o -> o.offers("legal") && o.serves("Adams") && o.speaks("es"))
                .map(Organization::getTitle)
                .collect(Collectors.toSet());
        Set<String> found = results.hits().stream().map(Organization::getTitle).collect(Collectors.toSet());
        assertFalse(expected.isEmpty(), "the set has matching listings");
        assertEquals(expected, found);
        assertEquals(expected.size(), results.total());
        assertTrue(
                found.contains(marker + " listing 0"), "listing 0 offers legal help statewide in Spanish and English");
        assertFalse(
                found.contains(marker + " listing 3"), "listing 3 serves Adams in Spanish but offers no legal help");
    }

    @Test
    void everyCombinationMatchesAnIndependentCheckOverAllListings() {
        String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        createSet(marker);
        List<Organization> published = organizations.all().stream()
                .filter(o -> o.isVisibleAt(OffsetDateTime.now(clock)))
                .toList();
        assertTrue(published.size() >= 50, "at least 50 listings are seeded, got " + published.size());
        for (String service : SERVICES) {
            for (String county : COUNTIES) {
                for (String language : LANGUAGES) {
                    Set<Long> expected = published.stream()
                            .filter(o -> o.offers(service) && o.serves(county) && o.speaks(language))
                            .map(Organization::getId)
                            .collect(Collectors.toSet());
                    DirectoryResults results = directory.search(new DirectoryQuery(
                            new DirectoryFilter(ServiceKind.fromCode(service), county, language), null, 0, 100));
                    assertEquals(
                            expected,
                            results.hits().stream().map(Organization::getId).collect(Collectors.toSet()),
                            service + " / " + county + " / " + language);
                    assertEquals(expected.size(), results.total());
                }
            }
        }
    }

    @Test
    void wordsNarrowAndRankByName() {
        String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        createSet(marker);

        DirectoryResults byName = directory.search(
                new DirectoryQuery(new DirectoryFilter(null, null, null), marker + " listing 12", 0, 100));

        assertTrue(byName.total() >= 1);
        assertEquals(marker + " listing 12", byName.hits().get(0).getTitle());
        DirectoryResults nothing = directory.search(
                new DirectoryQuery(new DirectoryFilter(null, null, null), marker + " nosuchwordanywhere", 0, 100));
        assertEquals(0, nothing.total());
    }
}
