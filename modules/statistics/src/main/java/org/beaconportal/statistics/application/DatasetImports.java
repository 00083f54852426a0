package org.beaconportal.statistics.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Editor;
import org.beaconportal.statistics.domain.CsvTable;
import org.beaconportal.statistics.domain.ObservationRow;

/**
 * Runs CSV imports in the background so that staff see a progress bar for large files: every row
 * is checked first, then all values are saved in one transaction (all or nothing) by
 * {@link DatasetService#importRows}. A job is forgotten once its outcome has been read.
 *
 * <pre>{@code
 * ImportJob job = imports.start(editor, slug, table, mapping, ImportMode.MERGE, "2025 figures");
 * imports.find(job.id()).map(ImportJob::percent);
 * }</pre>
 */
@ApplicationScoped
public class DatasetImports {

    private static final Logger LOG = Logger.getLogger(DatasetImports.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    DatasetService datasets;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    /** Starts checking and importing {@code table}; returns at once. */
    public ImportJob start(
            Editor editor, String slug, CsvTable table, ImportMapping mapping, ImportMode mode, String note) {
        editor.requireStaff();
        ImportJob job = new ImportJob(editor.name(), table.rows().size());
        jobs.put(job.id(), job);
        executor.execute(() -> run(job, editor, slug, table, mapping, mode, note));
        return job;
    }

    /** A job started by {@code owner}, while its outcome has not been taken. */
    public Optional<ImportJob> find(String id, String owner) {
        return Optional.ofNullable(id == null ? null : jobs.get(id))
                .filter(j -> j.owner().equals(owner));
    }

    /** Forgets a finished job. */
    public void forget(String id) {
        jobs.computeIfPresent(id, (k, job) -> job.isFinished() ? null : job);
    }

    private void run(
            ImportJob job,
            Editor editor,
            String slug,
            CsvTable table,
            ImportMapping mapping,
            ImportMode mode,
            String note) {
        try {
            List<ObservationRow> rows = CsvImport.rows(table, mapping, job::checked);
            int saved = datasets.importRows(editor, slug, rows, mode, note);
            job.succeeded(rows.size(), saved);
        } catch (InvalidImportException e) {
            job.refused(e.problems());
        } catch (BusinessRuleException e) {
            job.refused(List.of(new ImportProblem(0, "", e.messageKey(), e.arguments())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A dataset import failed", e);
            job.refused(List.of(new ImportProblem(0, "", "statistics.import.failed")));
        }
    }
}
