package org.beaconportal.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.resources.domain.ListingSuggestion;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.OrganizationRepository;
import org.beaconportal.resources.domain.SuggestionRepository;

/**
 * Listing suggestions from the public and their review by staff. A submission passes the rate
 * limit, the honeypot and the listing's own checks, then waits in the queue; nothing becomes
 * public until staff approve it.
 *
 * <pre>{@code
 * Outcome outcome = suggestions.submit(form, request.getRemoteAddr());
 * suggestions.approve(editor, id); // a new listing is published (or sent for review by an editor)
 * }</pre>
 */
@ApplicationScoped
public class ListingSuggestions {

    /** What happened to a submission. */
    public enum Result {
        ACCEPTED,
        REFUSED,
        TOO_MANY,
        INVALID
    }

    /** The result and, for an invalid submission, the message key of the reason and its arguments. */
    public record Outcome(Result result, String reasonKey, List<String> reasonArgs) {

        static Outcome of(Result result) {
            return new Outcome(result, null, List.of());
        }
    }

    @Inject
    SubmissionThrottle throttle;

    @Inject
    SuggestionRepository repository;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ContentService content;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Takes a public submission; {@code address} is only counted, never stored. */
    @Transactional
    public Outcome submit(SuggestionForm form, String address) {
        if (!throttle.tryAcquire(address)) {
            return Outcome.of(Result.TOO_MANY);
        }
        if (form.honeypot() != null && !form.honeypot().isBlank()) {
            return Outcome.of(Result.REFUSED);
        }
        OffsetDateTime now = now();
        if (form.name() == null || form.name().isBlank()) {
            return new Outcome(Result.INVALID, "resources.suggest.nameRequired", List.of());
        }
        if (form.name().strip().length() > 300
                || (form.message() != null && form.message().length() > 2000)) {
            return new Outcome(Result.INVALID, "resources.field.tooLong", List.of("2000"));
        }
        String listingSlug = null;
        if (form.correction()) {
            listingSlug = form.listingSlug() == null ? "" : form.listingSlug().strip();
            if (organizations.publishedBySlug(listingSlug, now).isEmpty()) {
                return new Outcome(Result.INVALID, "resources.suggest.unknownListing", List.of());
            }
        } else {
            try {
                new Organization(Slug.fromTitle(form.name()), "en", form.name(), "public", now).describe(form.fields());
            } catch (InvalidContentException e) {
                return new Outcome(
                        Result.INVALID,
                        e.messageKey(),
                        java.util.Arrays.stream(e.arguments())
                                .map(String::valueOf)
                                .toList());
            } catch (IllegalArgumentException e) {
                return new Outcome(Result.INVALID, "resources.suggest.nameRequired", List.of());
            }
        }
        repository.save(new ListingSuggestion(
                form.correction() ? ListingSuggestion.Kind.CORRECTION : ListingSuggestion.Kind.NEW,
                form.name(),
                form.fields(),
                listingSlug,
                form.message(),
                now));
        return Outcome.of(Result.ACCEPTED);
    }

    @Transactional
    public List<ListingSuggestion> pending() {
        return repository.withStatus(ListingSuggestion.Status.PENDING);
    }

    @Transactional
    public long pendingCount() {
        return repository.count(ListingSuggestion.Status.PENDING);
    }

    /**
     * Approves a suggestion. A new listing is created and published (by an administrator) or
     * submitted for review (by an editor); a correction is marked handled, for staff to apply in
     * the editor. Returns the listing's id.
     */
    @Transactional
    public long approve(Editor editor, long id) {
        editor.requireStaff();
        ListingSuggestion suggestion = pendingSuggestion(id);
        OffsetDateTime now = now();
        long listingId;
        if (suggestion.getKind() == ListingSuggestion.Kind.CORRECTION) {
            listingId = organizations
                    .publishedBySlug(suggestion.getListingSlug(), now)
                    .orElseThrow(() -> new BusinessRuleException("resources.suggest.unknownListing"))
                    .getId();
        } else {
            Map<String, String> fields = suggestion.getFields();
            Organization org = new Organization(
                    Slug.fromTitle(suggestion.getOrganizationName()),
                    "en",
                    suggestion.getOrganizationName(),
                    editor.name(),
                    now);
            try {
                org.edit(suggestion.getOrganizationName(), fields.get("summary"), "", editor.name(), now);
                org.describe(fields);
            } catch (InvalidContentException e) {
                throw new BusinessRuleException(e.messageKey(), e.arguments());
            }
            content.create(editor, org, "Suggested listing approved");
            boolean admin = WorkflowAction.PUBLISH.allows(org.getStatus(), editor.roles());
            content.transition(editor, org.getId(), admin ? WorkflowAction.PUBLISH : WorkflowAction.SUBMIT, null);
            listingId = org.getId();
        }
        suggestion.decide(true, editor.name(), now);
        audit.record(
                editor.name(),
                "resources.suggestion.approve",
                "suggestion",
                String.valueOf(id),
                String.valueOf(listingId));
        return listingId;
    }

    @Transactional
    public void reject(Editor editor, long id) {
        editor.requireStaff();
        pendingSuggestion(id).decide(false, editor.name(), now());
        audit.record(editor.name(), "resources.suggestion.reject", "suggestion", String.valueOf(id), null);
    }

    private ListingSuggestion pendingSuggestion(long id) {
        ListingSuggestion suggestion =
                repository.find(id).orElseThrow(() -> new BusinessRuleException("resources.suggest.unknown"));
        if (suggestion.getStatus() != ListingSuggestion.Status.PENDING) {
            throw new BusinessRuleException("resources.suggest.decided");
        }
        return suggestion;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
