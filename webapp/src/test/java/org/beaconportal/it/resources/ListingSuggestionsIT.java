package org.beaconportal.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.resources.application.DirectoryQuery;
import org.beaconportal.resources.application.ListingSuggestions;
import org.beaconportal.resources.application.ServiceDirectory;
import org.beaconportal.resources.application.SuggestionForm;
import org.beaconportal.resources.domain.DirectoryFilter;
import org.beaconportal.resources.domain.ListingSuggestion;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Suggested listings: nothing is public before staff approve it; a honeypot-filled submission and
 * the sixth submission within a minute from one address are refused. Each test sends from its own
 * (made-up) address, so the rate limit of one test never touches another.
 */
@ExtendWith(ArquillianExtension.class)
class ListingSuggestionsIT {

    private static final Editor ADMIN = new Editor("it-admin", EnumSet.of(PortalRole.ADMIN));

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    ListingSuggestions suggestions;

    @Inject
    ServiceDirectory directory;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static SuggestionForm form(String name, String honeypot) {
        return new SuggestionForm(
                false,
                null,
                name,
                "Helps survivors find housing.",
                List.of("shelter"),
                List.of("Pueblo"),
                List.of("en", "es"),
                "(719) 555-0150",
                null,
                null,
                null,
                null,
                "Please list us",
                honeypot);
    }

    private long found(String name) {
        return directory
                .search(new DirectoryQuery(new DirectoryFilter(null, null, null), name, 0, 10))
                .total();
    }

    private ListingSuggestion pending(String name) {
        return suggestions.pending().stream()
                .filter(s -> s.getOrganizationName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSuggestedListingAppearsOnlyAfterStaffApproveIt() {
        String name = unique("Suggested Shelter ");

        ListingSuggestions.Outcome outcome = suggestions.submit(form(name, null), unique("addr-"));

        assertEquals(ListingSuggestions.Result.ACCEPTED, outcome.result());
        assertEquals(0, found(name), "not public while pending");
        ListingSuggestion suggestion = pending(name);
        assertEquals("shelter", suggestion.getFields().get("services"));

        suggestions.approve(ADMIN, suggestion.getId());

        assertEquals(1, found(name), "public once approved");
        assertTrue(suggestions.pending().stream()
                .noneMatch(s -> s.getOrganizationName().equals(name)));
    }

    @Test
    void aRejectedSuggestionNeverAppears() {
        String name = unique("Rejected Shelter ");
        suggestions.submit(form(name, null), unique("addr-"));

        suggestions.reject(ADMIN, pending(name).getId());

        assertEquals(0, found(name));
        assertTrue(suggestions.pending().stream()
                .noneMatch(s -> s.getOrganizationName().equals(name)));
    }

    @Test
    void aHoneypotFilledSubmissionIsRefusedAndNotStored() {
        String name = unique("Robot Shelter ");

        ListingSuggestions.Outcome outcome =
                suggestions.submit(form(name, "https://spam.example.com"), unique("addr-"));

        assertEquals(ListingSuggestions.Result.REFUSED, outcome.result());
        assertTrue(suggestions.pending().stream()
                .noneMatch(s -> s.getOrganizationName().equals(name)));
    }

    @Test
    void theSixthSubmissionWithinAMinuteFromOneAddressIsRefused() {
        String address = unique("addr-");
        for (int i = 1; i <= 5; i++) {
            assertEquals(
                    ListingSuggestions.Result.ACCEPTED,
                    suggestions
                            .submit(form(unique("Busy Shelter " + i + " "), null), address)
                            .result(),
                    "submission " + i);
        }
        String sixth = unique("Busy Shelter 6 ");

        assertEquals(
                ListingSuggestions.Result.TOO_MANY,
                suggestions.submit(form(sixth, null), address).result());
        assertTrue(suggestions.pending().stream()
                .noneMatch(s -> s.getOrganizationName().equals(sixth)));
        assertEquals(
                ListingSuggestions.Result.ACCEPTED,
                suggestions
                        .submit(form(unique("Other Shelter "), null), unique("addr-"))
                        .result(),
                "another address is not limited");
    }

    @Test
    void anIncompleteSuggestionIsRefusedWithItsReason() {
        SuggestionForm noService = new SuggestionForm(
                false,
                null,
                unique("No Service "),
                null,
                List.of(),
                List.of("Adams"),
                List.of("en"),
                "(303) 555-0160",
                null,
                null,
                null,
                null,
                null,
                null);

        ListingSuggestions.Outcome outcome = suggestions.submit(noService, unique("addr-"));

        assertEquals(ListingSuggestions.Result.INVALID, outcome.result());
        assertEquals("resources.org.servicesRequired", outcome.reasonKey());
    }
}
