package org.beaconportal.publications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.beaconportal.core.application.Classification;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.TaxonomyService;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationKind;

/**
 * Fills the library with synthetic publications (no files) up to a number, for benchmarks only:
 * set {@code beacon.publications.synthetic.count} (default 0, which does nothing). Runs when the
 * module starts, before the starter taxonomy exists on a brand-new data directory: start such a
 * portal once without the setting so that the synthetic items get terms. Items are made
 * through {@link ContentService}, so they get revisions, terms and search documents like real ones.
 */
@ApplicationScoped
public class SyntheticPublications {

    private static final Logger LOG = Logger.getLogger(SyntheticPublications.class.getName());
    private static final int BATCH = 250;
    private static final List<String> WORDS = List.of(
            "wages",
            "recruitment",
            "housing",
            "debt",
            "farm",
            "hotel",
            "shelter",
            "outreach",
            "survivors",
            "supply",
            "audit",
            "training",
            "youth",
            "border",
            "visa",
            "construction",
            "cleaning",
            "restaurants");

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    ContentService content;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    Clock clock;

    /** Adds publications until there are {@code target} synthetic ones. */
    public void fillTo(int target) {
        if (target <= 0) {
            return;
        }
        long existing = countSynthetic();
        while (existing < target) {
            int batch = (int) Math.min(BATCH, target - existing);
            addBatch((int) existing, batch);
            existing += batch;
            long done = existing;
            LOG.info(() -> "Synthetic publications: " + done + " of " + target);
        }
    }

    long countSynthetic() {
        return em.createQuery("select count(p) from Publication p where p.slug like 'synthetic-%'", Long.class)
                .getSingleResult();
    }

    /** Each publication is stored in its own transaction by {@link ContentService}. */
    void addBatch(int from, int count) {
        List<Long> terms = List.of(
                        "topics/labour-trafficking",
                        "topics/sex-trafficking",
                        "topics/supply-chains",
                        "regions/colorado",
                        "regions/denver-metro",
                        "regions/worldwide")
                .stream()
                .map(path -> taxonomy.byPath(path).map(Term::getId).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
        PublicationKind[] kinds = PublicationKind.values();
        for (int i = from; i < from + count; i++) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            String language = i % 4 == 0 ? "es" : "en";
            String word = WORDS.get(i % WORDS.size());
            String title = "Synthetic " + word + " study " + i;
            Publication p = new Publication(Slug.of("synthetic-" + i), language, title, "system", now);
            p.edit(title, "A generated publication about " + word + " for benchmarks.", "", "system", now);
            p.editFields(
                    Map.of(
                            "kind",
                            kinds[i % kinds.length].key(),
                            "date",
                            (2010 + i % 16) + "-0" + (1 + i % 9) + "-15",
                            "authors",
                            "Benchmark, Bea\nBeacon"),
                    "system",
                    now);
            Set<Long> chosen = terms.isEmpty() ? Set.of() : Set.of(terms.get(i % terms.size()));
            Publication created = content.create(Editor.SYSTEM, p, "Synthetic", new Classification(chosen, List.of()));
            content.transition(Editor.SYSTEM, created.getId(), WorkflowAction.PUBLISH, null);
        }
    }
}
