package org.beaconportal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.beaconportal.core.api.ContentResource;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Classification;
import org.beaconportal.core.application.ContentBulkActions;
import org.beaconportal.core.application.ContentDraft;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.StarterTaxonomy;
import org.beaconportal.core.application.TaxonomyService;
import org.beaconportal.core.domain.ContentFilter;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentStatus;
import org.beaconportal.core.domain.Page;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.Vocabulary;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.content.fixtures.TestClock;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taxonomy on a real database: term trees, filtering by a term and everything below it (staff list
 * and content API), terms and tags in revisions, deleting a term, and bulk workflow steps.
 */
@ExtendWith(ArquillianExtension.class)
class TaxonomyIT {

    private static final Editor EDITOR = new Editor("it-editor", EnumSet.of(PortalRole.EDITOR));
    private static final Editor ADMIN = new Editor("it-admin", EnumSet.of(PortalRole.ADMIN));

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addPackage(TestClock.class.getPackage());
    }

    @Inject
    TaxonomyService taxonomy;

    @Inject
    ContentService content;

    @Inject
    ContentBulkActions bulk;

    @Inject
    ContentResource api;

    @Inject
    Clock clock;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Page newPage(String title, Classification classification) {
        Page page = new Page(Slug.fromTitle(title), "en", title, EDITOR.name(), OffsetDateTime.now(clock));
        return content.create(EDITOR, page, "created", classification);
    }

    @Test
    void starterVocabulariesExistInBothLanguages() {
        List<String> keys =
                taxonomy.vocabularies().stream().map(Vocabulary::getKey).toList();
        assertTrue(
                keys.containsAll(List.of(StarterTaxonomy.TOPICS, StarterTaxonomy.REGIONS, StarterTaxonomy.AUDIENCES)));
        Term denver = taxonomy.byPath("regions/denver-metro").orElseThrow();
        assertEquals("Área metropolitana de Denver", denver.label("es"));
        assertEquals("colorado", denver.getParent().getKey());
    }

    @Test
    void filteringByATermFindsItemsFiledUnderItOrBelowIt() {
        String u = unique();
        Vocabulary places = taxonomy.createVocabulary(EDITOR, "places-" + u, "Places " + u, "Lugares " + u);
        Term state = taxonomy.createTerm(EDITOR, places.getId(), null, null, "State", "Estado");
        Term city = taxonomy.createTerm(EDITOR, places.getId(), state.getId(), null, "City", "Ciudad");
        Term elsewhere = taxonomy.createTerm(EDITOR, places.getId(), null, null, "Elsewhere", "Otro lugar");
        Page inCity = newPage("In the city " + u, new Classification(Set.of(city.getId()), List.of("Shelter")));
        Page inState = newPage("In the state " + u, new Classification(Set.of(state.getId()), List.of()));
        newPage("Elsewhere " + u, new Classification(Set.of(elsewhere.getId()), List.of("shelter")));

        Set<Long> underState = taxonomy.withDescendants(state.getId());
        List<String> found = content.list(new ContentFilter(null, null, null, u, underState, null), 0, 50).stream()
                .map(ContentItem::getTitle)
                .sorted()
                .toList();
        assertEquals(List.of(inCity.getTitle(), inState.getTitle()), found);

        List<String> tagged = content.list(new ContentFilter(null, null, null, u, null, "SHELTER"), 0, 50).stream()
                .map(ContentItem::getTitle)
                .sorted()
                .toList();
        assertEquals(List.of("Elsewhere " + u, inCity.getTitle()), tagged);
    }

    @Test
    void theContentApiFiltersPublishedItemsByTermPathAndShowsTerms() {
        String u = unique();
        Vocabulary places = taxonomy.createVocabulary(EDITOR, "zones-" + u, "Zones", "Zonas");
        Term north = taxonomy.createTerm(EDITOR, places.getId(), null, "north", "North", "Norte");
        Term valley = taxonomy.createTerm(EDITOR, places.getId(), north.getId(), "valley", "Valley", "Valle");
        Page published = newPage("Valley guide " + u, new Classification(Set.of(valley.getId()), List.of("guide")));
        content.transition(ADMIN, published.getId(), WorkflowAction.PUBLISH, null);
        newPage("Valley draft " + u, new Classification(Set.of(valley.getId()), List.of()));

        ContentResource.ContentPage page = api.list(null, null, "en", u, "zones-" + u + "/north", null, 0, 20);

        assertEquals(1, page.total(), "drafts never appear");
        ContentResource.ContentJson item = page.items().get(0);
        assertEquals(published.getTitle(), item.title());
        assertEquals("zones-" + u + "/valley", item.terms().get(0).path());
        assertEquals("Valley", item.terms().get(0).label());
        assertEquals(List.of("guide"), item.tags());
        assertEquals(
                0,
                api.list(null, null, "en", u, "zones-" + u + "/nowhere", null, 0, 20)
                        .total());
        assertEquals(1, api.list(null, null, "en", u, null, "guide", 0, 20).total());
    }

    @Test
    void termsAndTagsAreSavedWithRevisionsAndRestored() {
        String u = unique();
        Term labour = taxonomy.byPath("topics/labour-trafficking").orElseThrow();
        Term sex = taxonomy.byPath("topics/sex-trafficking").orElseThrow();
        Page page = newPage("Classified " + u, new Classification(Set.of(labour.getId()), List.of("first")));

        ContentDraft retagged = new ContentDraft(
                page.getTitle(),
                null,
                null,
                "Body",
                null,
                null,
                null,
                new Classification(Set.of(sex.getId()), List.of("second")));
        ContentItem saved = content.save(EDITOR, page.getId(), page.getVersion(), retagged, "retagged");
        assertEquals(List.of(sex), saved.getTerms());

        ContentItem restored = content.restore(EDITOR, page.getId(), 1);

        assertEquals(List.of(labour), restored.getTerms());
        assertEquals(List.of("first"), restored.getTags());
        assertEquals(3, content.revisions(page.getId()).size());
    }

    @Test
    void aTermWithSubTermsCannotBeDeletedAndADeletedTermLeavesItsItems() {
        String u = unique();
        Vocabulary v = taxonomy.createVocabulary(EDITOR, "temp-" + u, "Temp", "Temporal");
        Term parent = taxonomy.createTerm(EDITOR, v.getId(), null, null, "Parent", "Padre");
        Term child = taxonomy.createTerm(EDITOR, v.getId(), parent.getId(), null, "Child", "Hijo");
        Page page = newPage("Carries child " + u, new Classification(Set.of(child.getId()), List.of()));

        BusinessRuleException refused =
                assertThrows(BusinessRuleException.class, () -> taxonomy.deleteTerm(EDITOR, parent.getId()));
        assertEquals("taxonomy.hasChildren", refused.messageKey());
        assertEquals(1, taxonomy.usage(child.getId()));

        taxonomy.deleteTerm(EDITOR, child.getId());
        taxonomy.deleteTerm(EDITOR, parent.getId());

        assertTrue(content.find(page.getId()).orElseThrow().getTerms().isEmpty());
        assertTrue(taxonomy.byPath("temp-" + u + "/child").isEmpty());
        BusinessRuleException taken = assertThrows(
                BusinessRuleException.class, () -> taxonomy.createVocabulary(EDITOR, "temp-" + u, "Again", "Otra vez"));
        assertEquals("taxonomy.keyTaken", taken.messageKey());
    }

    @Test
    void bulkPublishChangesWhatMayChangeAndNamesTheRest() {
        String u = unique();
        Page draft = newPage("Bulk draft " + u, null);
        Page other = newPage("Bulk other " + u, null);
        content.transition(ADMIN, other.getId(), WorkflowAction.PUBLISH, null);
        content.transition(ADMIN, other.getId(), WorkflowAction.ARCHIVE, null);

        ContentBulkActions.Result result =
                bulk.apply(ADMIN, List.of(draft.getId(), other.getId()), WorkflowAction.PUBLISH);

        assertEquals(1, result.changed());
        assertEquals(List.of(other.getTitle()), result.skipped());
        assertEquals(
                ContentStatus.PUBLISHED,
                content.find(draft.getId()).orElseThrow().getStatus());
        assertEquals(
                ContentStatus.ARCHIVED,
                content.find(other.getId()).orElseThrow().getStatus());

        ContentBulkActions.Result byEditor = bulk.apply(EDITOR, List.of(draft.getId()), WorkflowAction.ARCHIVE);
        assertEquals(0, byEditor.changed(), "editors may not archive, in bulk either");
        assertEquals(
                ContentStatus.PUBLISHED,
                content.find(draft.getId()).orElseThrow().getStatus());
    }
}
