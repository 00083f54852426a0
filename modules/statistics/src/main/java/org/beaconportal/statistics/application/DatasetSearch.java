package org.beaconportal.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beaconportal.core.application.OutboxHandler;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.spi.SearchDocument;
import org.beaconportal.statistics.StatisticsModule;

/**
 * Datasets in the site-wide search, in English and Spanish: all of them when core rebuilds the
 * index, and one dataset again whenever it changes (the change enqueues its slug on the outbox
 * topic {@value #TOPIC} in the same transaction, so a crash loses nothing). Suppressed values are
 * never indexed: documents are built from {@link PublicDataset}s.
 */
@ApplicationScoped
public class DatasetSearch implements OutboxHandler {

    /** Outbox topic of changed datasets; the payload is the slug. */
    public static final String TOPIC = "statistics.search";

    static final String TYPE = "dataset";

    @Inject
    DatasetService datasets;

    @Inject
    SearchIndex index;

    /** Every dataset in both languages, for a rebuild of the index. */
    public Stream<SearchDocument> documents() {
        return datasets.published().stream().flatMap(DatasetSearch::documents);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    @Transactional
    public void handle(String slug) {
        datasets.find(slug).ifPresent(d -> documents(d).forEach(index::index));
    }

    static Stream<SearchDocument> documents(PublicDataset dataset) {
        return Stream.of("en", "es").map(language -> document(dataset, language));
    }

    private static SearchDocument document(PublicDataset dataset, String language) {
        Locale locale = StatisticsTexts.locale(language);
        String terms = dataset.figures().stream()
                .flatMap(f -> Stream.of(f.series(), f.dimension(), f.category()))
                .distinct()
                .map(t -> Terms.label(t, locale))
                .collect(Collectors.joining(" "));
        String text = Stream.of(
                        dataset.description(language),
                        dataset.methodology(language),
                        dataset.sourceOrganisation(),
                        dataset.citation(),
                        terms)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return new SearchDocument(
                StatisticsModule.ID,
                TYPE,
                dataset.slug(),
                language,
                dataset.title(language),
                dataset.description(language),
                text,
                "/statistics/" + dataset.slug(),
                true,
                dataset.updatedAt());
    }
}
