package org.beaconportal.statistics.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.statistics.application.ChartSpec;
import org.beaconportal.statistics.application.DatasetDetails;
import org.beaconportal.statistics.application.DatasetImports;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.ImportJob;
import org.beaconportal.statistics.application.ImportMapping;
import org.beaconportal.statistics.application.ImportMode;
import org.beaconportal.statistics.application.ImportProblem;
import org.beaconportal.statistics.application.PublicDataset;
import org.beaconportal.statistics.application.StatisticsTexts;
import org.beaconportal.statistics.domain.ChartType;
import org.beaconportal.statistics.domain.CsvTable;
import org.primefaces.event.FileUploadEvent;

/**
 * Staff page of one dataset, {@code /admin/statistics/dataset?slug=...}: its details and
 * suppression threshold, CSV import in two steps (upload and preview with the column mapping, then
 * import), the history of versions with restore, and its charts.
 */
@Named
@ViewScoped
public class DatasetAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatasetAdminView.class.getName());
    private static final int PREVIEW_ROWS = 10;

    @Inject
    DatasetService datasets;

    @Inject
    StaffEditor staff;

    @Inject
    DatasetImports imports;

    private String slug;
    private String title;
    private String titleEs;
    private String description;
    private String descriptionEs;
    private String sourceOrganisation;
    private String citation;
    private String sourceUrl;
    private String licence;
    private String referencePeriod;
    private String methodology;
    private String methodologyEs;
    private BigDecimal suppressionThreshold;

    private String fileName;
    private CsvTable uploaded;
    private int seriesColumn = ImportMapping.NONE;
    private int dimensionColumn = ImportMapping.NONE;
    private int categoryColumn = ImportMapping.NONE;
    private int valueColumn = ImportMapping.NONE;
    private int unitColumn = ImportMapping.NONE;
    private int noteColumn = ImportMapping.NONE;
    private ImportMode mode = ImportMode.MERGE;
    private String importNote;
    private List<String> problems = new ArrayList<>();
    private String jobId;

    private String chartKey;
    private ChartType chartType = ChartType.BAR;
    private String chartTitle;
    private String chartTitleEs;
    private String chartSummary;
    private String chartSummaryEs;
    private String chartSeries;
    private String chartDimension;

    /** Loads the dataset named by the {@code slug} parameter; 404 when there is none. */
    public void load() throws IOException {
        if (slug == null || datasets.find(slug).isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (title == null) {
            fillDetails();
        }
    }

    private void fillDetails() {
        PublicDataset d = getDataset();
        title = d.title();
        titleEs = d.titleEs();
        description = d.description();
        descriptionEs = d.descriptionEs();
        sourceOrganisation = d.sourceOrganisation();
        citation = d.citation();
        sourceUrl = d.sourceUrl();
        licence = d.licence();
        referencePeriod = d.referencePeriod();
        methodology = d.methodology();
        methodologyEs = d.methodologyEs();
        suppressionThreshold = d.suppressionThreshold() == null
                ? null
                : d.suppressionThreshold().stripTrailingZeros();
    }

    private transient PublicDataset current;
    private transient Object currentRequest;

    /** The dataset as it is now: read once per request, and again after a change. */
    public PublicDataset getDataset() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (current == null || currentRequest != request) {
            current = datasets.find(slug).orElseThrow();
            currentRequest = request;
        }
        return current;
    }

    private void changed() {
        current = null;
    }

    public List<DatasetService.VersionSummary> getVersions() {
        return datasets.versions(slug);
    }

    public void saveDetails() {
        try {
            datasets.updateDetails(
                    staff.current(),
                    slug,
                    new DatasetDetails(
                            title,
                            titleEs,
                            description,
                            descriptionEs,
                            sourceOrganisation,
                            citation,
                            sourceUrl,
                            licence,
                            referencePeriod,
                            methodology,
                            methodologyEs,
                            suppressionThreshold));
            changed();
            info("statistics.admin.saved");
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    /** Step 1: reads the uploaded file and guesses the column mapping; nothing is saved yet. */
    public void upload(FileUploadEvent event) {
        problems = new ArrayList<>();
        uploaded = null;
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
            CsvTable table = CsvTable.parse(text);
            if (table.header().isEmpty()) {
                problems.add(text("statistics.import.empty"));
                return;
            }
            uploaded = table;
            ImportMapping guess = ImportMapping.guess(table.header());
            seriesColumn = guess.series();
            dimensionColumn = guess.dimension();
            categoryColumn = guess.category();
            valueColumn = guess.value();
            unitColumn = guess.unit();
            noteColumn = guess.note();
        } catch (CharacterCodingException e) {
            problems.add(text("statistics.import.encoding"));
        } catch (IllegalArgumentException e) {
            problems.add(text("statistics.import.unreadable"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Reading an uploaded dataset file failed", e);
            problems.add(text("statistics.import.unreadable"));
        }
    }

    /**
     * Step 2: starts checking every row under the chosen mapping and importing all of them, or
     * none; the page then polls {@link #checkImport()} and shows the progress.
     */
    public void confirmImport() {
        if (uploaded == null || jobId != null) {
            return;
        }
        problems = new ArrayList<>();
        ImportMapping mapping =
                new ImportMapping(seriesColumn, dimensionColumn, categoryColumn, valueColumn, unitColumn, noteColumn);
        try {
            jobId = imports.start(staff.current(), slug, uploaded, mapping, mode, importNote)
                    .id();
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    /** Called by the page's poll while an import runs: reports its outcome once it finished. */
    public void checkImport() {
        Optional<ImportJob> job = imports.find(jobId, staff.current().name());
        if (job.isEmpty()) {
            jobId = null;
            return;
        }
        if (!job.get().isFinished()) {
            return;
        }
        ImportJob done = job.get();
        imports.forget(done.id());
        jobId = null;
        if (done.state() == ImportJob.State.SUCCEEDED) {
            changed();
            info("statistics.import.done", done.importedRows(), done.savedVersion());
            uploaded = null;
            importNote = null;
        } else {
            for (ImportProblem p : done.problems()) {
                problems.add(describe(p));
            }
        }
    }

    /** True while an import started from this page runs. */
    public boolean isImporting() {
        return jobId != null;
    }

    /** Progress of the running import, in per cent. */
    public int getProgress() {
        return imports.find(jobId, staff.current().name())
                .map(ImportJob::percent)
                .orElse(100);
    }

    public String getProgressText() {
        return text("statistics.import.running", getProgress());
    }

    public void cancelImport() {
        uploaded = null;
        problems = new ArrayList<>();
    }

    /** Puts back the values of a saved version (the current ones are saved first). */
    public void restore(int number) {
        try {
            datasets.restore(staff.current(), slug, number);
            changed();
            info("statistics.history.restored", number);
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    public void addChart() {
        try {
            List<String> series = chartSeries == null
                    ? List.of()
                    : Arrays.stream(chartSeries.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            datasets.addChart(
                    staff.current(),
                    slug,
                    new ChartSpec(
                            chartKey,
                            chartType,
                            chartTitle,
                            chartTitleEs,
                            chartSummary,
                            chartSummaryEs,
                            series,
                            chartDimension));
            changed();
            info("statistics.chart.added");
            chartKey = null;
            chartTitle = null;
            chartTitleEs = null;
            chartSummary = null;
            chartSummaryEs = null;
            chartSeries = null;
            chartDimension = null;
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    public void removeChart(String key) {
        try {
            datasets.removeChart(staff.current(), slug, key);
            changed();
            info("statistics.chart.removed");
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    /** A problem of the file as the page shows it: line, column and what is wrong. */
    String describe(ImportProblem problem) {
        Locale locale = locale();
        Object[] arguments = problem.arguments();
        if ("statistics.import.unmapped".equals(problem.messageKey())) {
            arguments = new Object[] {StatisticsTexts.text(locale, "statistics.role." + arguments[0])};
        }
        String message = StatisticsTexts.text(locale, problem.messageKey(), arguments);
        if (problem.line() == 0) {
            return message;
        }
        return StatisticsTexts.text(locale, "statistics.import.problem", problem.line(), problem.column(), message);
    }

    /** The first rows of the uploaded file, for the preview. */
    public List<List<String>> getPreviewRows() {
        return uploaded == null
                ? List.of()
                : uploaded.rows()
                        .subList(0, Math.min(PREVIEW_ROWS, uploaded.rows().size()));
    }

    /** "File x.csv has 3 rows..." in the page's language. */
    public String getPreviewSummary() {
        return text("statistics.import.previewHelp", fileName, getRowCount());
    }

    /** The confirmation question before restoring version {@code number}. */
    public String restoreQuestion(int number) {
        return text("statistics.history.confirm", number);
    }

    public List<String> getHeader() {
        return uploaded == null ? List.of() : uploaded.header();
    }

    public int getRowCount() {
        return uploaded == null ? 0 : uploaded.rows().size();
    }

    public boolean isUploaded() {
        return uploaded != null;
    }

    public List<ChartType> getChartTypes() {
        return List.of(ChartType.values());
    }

    public List<ImportMode> getModes() {
        return List.of(ImportMode.values());
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private String text(String key, Object... arguments) {
        return StatisticsTexts.text(locale(), key, arguments);
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    private void error(BusinessRuleException e) {
        String message;
        try {
            message = text(e.messageKey(), e.arguments());
        } catch (java.util.MissingResourceException missing) {
            message = text("statistics.admin.failed");
        }
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = descriptionEs;
    }

    public String getSourceOrganisation() {
        return sourceOrganisation;
    }

    public void setSourceOrganisation(String sourceOrganisation) {
        this.sourceOrganisation = sourceOrganisation;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getReferencePeriod() {
        return referencePeriod;
    }

    public void setReferencePeriod(String referencePeriod) {
        this.referencePeriod = referencePeriod;
    }

    public String getMethodology() {
        return methodology;
    }

    public void setMethodology(String methodology) {
        this.methodology = methodology;
    }

    public String getMethodologyEs() {
        return methodologyEs;
    }

    public void setMethodologyEs(String methodologyEs) {
        this.methodologyEs = methodologyEs;
    }

    public BigDecimal getSuppressionThreshold() {
        return suppressionThreshold;
    }

    public void setSuppressionThreshold(BigDecimal suppressionThreshold) {
        this.suppressionThreshold = suppressionThreshold;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSeriesColumn() {
        return seriesColumn;
    }

    public void setSeriesColumn(int seriesColumn) {
        this.seriesColumn = seriesColumn;
    }

    public int getDimensionColumn() {
        return dimensionColumn;
    }

    public void setDimensionColumn(int dimensionColumn) {
        this.dimensionColumn = dimensionColumn;
    }

    public int getCategoryColumn() {
        return categoryColumn;
    }

    public void setCategoryColumn(int categoryColumn) {
        this.categoryColumn = categoryColumn;
    }

    public int getValueColumn() {
        return valueColumn;
    }

    public void setValueColumn(int valueColumn) {
        this.valueColumn = valueColumn;
    }

    public int getUnitColumn() {
        return unitColumn;
    }

    public void setUnitColumn(int unitColumn) {
        this.unitColumn = unitColumn;
    }

    public int getNoteColumn() {
        return noteColumn;
    }

    public void setNoteColumn(int noteColumn) {
        this.noteColumn = noteColumn;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public String getImportNote() {
        return importNote;
    }

    public void setImportNote(String importNote) {
        this.importNote = importNote;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getChartKey() {
        return chartKey;
    }

    public void setChartKey(String chartKey) {
        this.chartKey = chartKey;
    }

    public ChartType getChartType() {
        return chartType;
    }

    public void setChartType(ChartType chartType) {
        this.chartType = chartType;
    }

    public String getChartTitle() {
        return chartTitle;
    }

    public void setChartTitle(String chartTitle) {
        this.chartTitle = chartTitle;
    }

    public String getChartTitleEs() {
        return chartTitleEs;
    }

    public void setChartTitleEs(String chartTitleEs) {
        this.chartTitleEs = chartTitleEs;
    }

    public String getChartSummary() {
        return chartSummary;
    }

    public void setChartSummary(String chartSummary) {
        this.chartSummary = chartSummary;
    }

    public String getChartSummaryEs() {
        return chartSummaryEs;
    }

    public void setChartSummaryEs(String chartSummaryEs) {
        this.chartSummaryEs = chartSummaryEs;
    }

    public String getChartSeries() {
        return chartSeries;
    }

    public void setChartSeries(String chartSeries) {
        this.chartSeries = chartSeries;
    }

    public String getChartDimension() {
        return chartDimension;
    }

    public void setChartDimension(String chartDimension) {
        this.chartDimension = chartDimension;
    }
}
