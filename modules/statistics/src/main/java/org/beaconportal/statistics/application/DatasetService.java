package org.beaconportal.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.Outbox;
import org.beaconportal.statistics.domain.Dataset;
import org.beaconportal.statistics.domain.DatasetChart;
import org.beaconportal.statistics.domain.DatasetRepository;
import org.beaconportal.statistics.domain.DatasetVersion;
import org.beaconportal.statistics.domain.ObservationRow;

/**
 * The use cases of datasets: what the public reads (always with suppression applied), and what
 * staff change. Every change of a dataset's values or details first saves what it replaces as a
 * {@link DatasetVersion}, so any earlier state can be restored; every staff change is audited.
 *
 * <pre>{@code
 * datasets.importRows(editor, "colorado-example-hotline-cases", rows, ImportMode.MERGE, "2025 figures");
 * datasets.restore(editor, "colorado-example-hotline-cases", 1);
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class DatasetService {

    @Inject
    DatasetRepository repository;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /** Every dataset as the public sees it, by title. */
    public List<PublicDataset> published() {
        return repository.all().stream().map(PublicDataset::of).toList();
    }

    /** One dataset as the public sees it. */
    public Optional<PublicDataset> find(String slug) {
        return repository.bySlug(slug).map(PublicDataset::of);
    }

    /** The dataset a chart belongs to, as the public sees it (for the embed endpoint). */
    public Optional<PublicDataset> findByChart(String chartKey) {
        return repository.chartByKey(chartKey).map(DatasetChart::getDataset).map(PublicDataset::of);
    }

    /** Creates an empty dataset with the provenance every dataset needs. */
    public PublicDataset create(
            Editor editor, String slug, String title, String titleEs, String organisation, String citation) {
        editor.requireStaff();
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 120) {
            throw new BusinessRuleException("statistics.dataset.badSlug", slug);
        }
        if (repository.bySlug(slug).isPresent()) {
            throw new BusinessRuleException("statistics.dataset.slugTaken", slug);
        }
        Dataset dataset =
                guarded(() -> new Dataset(slug, title, titleEs, organisation, citation, editor.name(), now()));
        repository.add(dataset);
        audit.record(editor.name(), "statistics.dataset.create", "dataset", slug, title);
        outbox.enqueue(DatasetSearch.TOPIC, slug);
        return PublicDataset.of(dataset);
    }

    /** Changes a dataset's descriptive fields and suppression threshold. */
    public void updateDetails(Editor editor, String slug, DatasetDetails details) {
        editor.requireStaff();
        Dataset dataset = dataset(slug);
        saveVersion(dataset, editor, "details");
        guarded(() -> {
            dataset.describe(details.title(), details.titleEs(), details.sourceOrganisation(), details.citation());
            dataset.document(
                    details.description(),
                    details.descriptionEs(),
                    details.sourceUrl(),
                    details.licence(),
                    details.referencePeriod(),
                    details.methodology(),
                    details.methodologyEs());
            dataset.suppressBelow(details.suppressionThreshold());
            return dataset;
        });
        dataset.touch(editor.name(), now());
        audit.record(editor.name(), "statistics.dataset.update", "dataset", slug, null);
        outbox.enqueue(DatasetSearch.TOPIC, slug);
    }

    /** Marks a dataset as example (illustrative) data or not. */
    public void markAsExample(Editor editor, String slug, boolean example) {
        editor.requireStaff();
        dataset(slug).markAsExample(example);
    }

    /**
     * Replaces or extends the values with {@code rows}, after saving the current values as a
     * version. All or nothing.
     *
     * @return the number of the version that keeps the previous values (0 when there were none)
     */
    public int importRows(Editor editor, String slug, List<ObservationRow> rows, ImportMode mode, String note) {
        editor.requireStaff();
        Dataset dataset = dataset(slug);
        int saved = saveVersion(dataset, editor, note);
        guarded(() -> {
            if (mode == ImportMode.MERGE) {
                dataset.mergeObservations(rows, editor.name(), now());
            } else {
                dataset.replaceObservations(rows, editor.name(), now());
            }
            return dataset;
        });
        audit.record(editor.name(), "statistics.dataset.import", "dataset", slug, mode + " " + rows.size() + " values");
        outbox.enqueue(DatasetSearch.TOPIC, slug);
        return saved;
    }

    /** Puts back the values of version {@code number}, after saving the current values as a version. */
    public void restore(Editor editor, String slug, int number) {
        editor.requireStaff();
        Dataset dataset = dataset(slug);
        DatasetVersion version = repository
                .version(dataset, number)
                .orElseThrow(() -> new BusinessRuleException("statistics.version.notFound", number));
        List<ObservationRow> rows = version.rows();
        var details = version.details();
        saveVersion(dataset, editor, "restore " + number);
        dataset.replaceObservations(rows, editor.name(), now());
        if (!details.isEmpty()) {
            guarded(() -> {
                dataset.restoreDetails(details);
                return dataset;
            });
        }
        audit.record(editor.name(), "statistics.dataset.restore", "dataset", slug, "version " + number);
        outbox.enqueue(DatasetSearch.TOPIC, slug);
    }

    /** Saved versions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionSummary> versions(String slug) {
        return repository.versions(dataset(slug)).stream()
                .map(v -> new VersionSummary(
                        v.getNumber(), v.getCreatedAt(), v.getCreatedBy(), v.getNote(), v.getObservationCount()))
                .toList();
    }

    /** A saved version's values. */
    public List<ObservationRow> versionRows(String slug, int number) {
        Dataset dataset = dataset(slug);
        return repository
                .version(dataset, number)
                .orElseThrow(() -> new BusinessRuleException("statistics.version.notFound", number))
                .rows();
    }

    /** Adds a chart to a dataset. */
    public void addChart(Editor editor, String slug, ChartSpec spec) {
        editor.requireStaff();
        Dataset dataset = dataset(slug);
        if (repository.chartByKey(spec.key()).isPresent()) {
            throw new BusinessRuleException("statistics.chart.keyTaken", spec.key());
        }
        guarded(() -> dataset.addChart(
                spec.key(),
                spec.type(),
                spec.title(),
                spec.titleEs(),
                spec.summary(),
                spec.summaryEs(),
                spec.series(),
                spec.dimension()));
        dataset.touch(editor.name(), now());
        audit.record(editor.name(), "statistics.chart.add", "dataset", slug, spec.key());
    }

    /** Removes a chart from a dataset. */
    public void removeChart(Editor editor, String slug, String key) {
        editor.requireStaff();
        Dataset dataset = dataset(slug);
        dataset.removeChart(key);
        dataset.touch(editor.name(), now());
        audit.record(editor.name(), "statistics.chart.remove", "dataset", slug, key);
    }

    private int saveVersion(Dataset dataset, Editor editor, String note) {
        List<ObservationRow> current = dataset.observationRows();
        if (current.isEmpty()) {
            return 0;
        }
        int number = repository.nextVersionNumber(dataset);
        repository.addVersion(new DatasetVersion(
                dataset,
                number,
                current,
                dataset.detailsSnapshot(),
                note == null || note.isBlank() ? "" : note,
                editor.name(),
                now()));
        return number;
    }

    private Dataset dataset(String slug) {
        return repository
                .bySlug(slug)
                .orElseThrow(() -> new BusinessRuleException("statistics.dataset.notFound", slug));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static <T> T guarded(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("statistics.dataset.invalid", e.getMessage());
        }
    }

    /** One saved version as the history lists it. */
    public record VersionSummary(
            int number, OffsetDateTime createdAt, String createdBy, String note, int observationCount) {

        public int getNumber() {
            return number;
        }

        public OffsetDateTime getCreatedAt() {
            return createdAt;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public String getNote() {
            return note;
        }

        public int getObservationCount() {
            return observationCount;
        }
    }
}
