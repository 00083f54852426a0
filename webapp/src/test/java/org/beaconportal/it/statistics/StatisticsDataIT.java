package org.beaconportal.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.OutboxWorker;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.application.SearchService;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.statistics.application.ChartData;
import org.beaconportal.statistics.application.ChartSpec;
import org.beaconportal.statistics.application.CsvImport;
import org.beaconportal.statistics.application.DatasetDetails;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.ImportMapping;
import org.beaconportal.statistics.application.ImportMode;
import org.beaconportal.statistics.application.ImportProblem;
import org.beaconportal.statistics.application.InvalidImportException;
import org.beaconportal.statistics.application.PublicDataset;
import org.beaconportal.statistics.domain.ChartType;
import org.beaconportal.statistics.domain.CsvTable;
import org.beaconportal.statistics.domain.ObservationRow;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Datasets on a real database: a bad file changes nothing, a good file replaces the values and
 * keeps the previous ones as a version that can be restored, a failing import rolls back its
 * version too, only staff change data, and a switched-off module answers 404 on every endpoint.
 * Each test works on a dataset of its own.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsDataIT {

    private static final Editor EDITOR = new Editor("it-stats-editor", EnumSet.of(PortalRole.EDITOR));
    private static final String HEADER = "series,dimension,category,value,unit,note\n";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    DatasetService datasets;

    @Inject
    ModuleRegistry registry;

    @Inject
    OutboxWorker outbox;

    @Inject
    SearchService search;

    private String newDataset() {
        String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
        datasets.create(EDITOR, slug, "IT cases", "Casos IT", "Test coalition", "Test coalition (2026), cases");
        datasets.importRows(
                EDITOR,
                slug,
                parse(HEADER + "cases,year,2023,10,cases,\ncases,year,2024,12,cases,\n"),
                ImportMode.REPLACE,
                "first");
        return slug;
    }

    private static List<ObservationRow> parse(String csv) {
        CsvTable table = CsvTable.parse(csv);
        return CsvImport.rows(table, ImportMapping.guess(table.header()), done -> {});
    }

    private List<String> values(String slug) {
        PublicDataset dataset = datasets.find(slug).orElseThrow();
        return dataset.figures().stream()
                .map(f -> f.category() + "=" + f.value().toPlainString())
                .toList();
    }

    @Test
    void badCellIsReportedWithLineAndColumnAndChangesNothing() {
        String slug = newDataset();
        int versionsBefore = datasets.versions(slug).size();

        InvalidImportException refused = assertThrows(
                InvalidImportException.class,
                () -> parse(HEADER + "cases,year,2024,13,cases,\ncases,year,2025,1O,cases,\n"));

        ImportProblem problem = refused.problems().get(0);
        assertEquals(3, problem.line());
        assertEquals("value", problem.column());
        assertEquals("statistics.import.notANumber", problem.messageKey());
        assertEquals(List.of("2023=10", "2024=12"), values(slug));
        assertEquals(versionsBefore, datasets.versions(slug).size());
    }

    @Test
    void failingImportRollsBackTheVersionItWroteFirst() {
        String slug = newDataset();
        int versionsBefore = datasets.versions(slug).size();
        List<ObservationRow> twiceTheSameCell = List.of(
                new ObservationRow("cases", "year", "2024", BigDecimal.ONE, "cases", null),
                new ObservationRow("cases", "year", "2024", BigDecimal.TEN, "cases", null));

        assertThrows(
                BusinessRuleException.class,
                () -> datasets.importRows(EDITOR, slug, twiceTheSameCell, ImportMode.REPLACE, "bad"));

        assertEquals(versionsBefore, datasets.versions(slug).size());
        assertEquals(List.of("2023=10", "2024=12"), values(slug));
    }

    @Test
    void goodFileReplacesTheDataAndThePreviousVersionCanBeRestored() {
        String slug = newDataset();

        int saved = datasets.importRows(
                EDITOR, slug, parse(HEADER + "cases,year,2025,15.5,cases,provisional\n"), ImportMode.REPLACE, "new");

        assertEquals(List.of("2025=15.5"), values(slug));
        assertEquals(saved, datasets.versions(slug).get(0).number());
        assertEquals("new", datasets.versions(slug).get(0).note());

        datasets.restore(EDITOR, slug, saved);

        assertEquals(List.of("2023=10", "2024=12"), values(slug));
        assertEquals(saved + 1, datasets.versions(slug).get(0).number(), "the replaced values are kept too");
        assertEquals(
                List.of("2025=15.5"),
                datasets.versionRows(slug, saved + 1).stream()
                        .map(r -> r.category() + "=" + r.value().toPlainString())
                        .toList());
    }

    @Test
    void changedDetailsAreKeptAsAVersionAndRestored() {
        String slug = newDataset();

        datasets.updateDetails(
                EDITOR,
                slug,
                new DatasetDetails(
                        "IT cases, revised",
                        "Casos IT, revisados",
                        null,
                        null,
                        "Test coalition",
                        "Test coalition (2026), cases, revised",
                        null,
                        null,
                        "2023-2024",
                        null,
                        null,
                        new BigDecimal("11")));

        assertEquals("IT cases, revised", datasets.find(slug).orElseThrow().title());
        assertEquals(
                "fewer than 11",
                datasets.find(slug).orElseThrow().figures().get(0).display(java.util.Locale.ENGLISH));
        int saved = datasets.versions(slug).get(0).number();
        assertEquals("details", datasets.versions(slug).get(0).note());

        datasets.restore(EDITOR, slug, saved);

        PublicDataset restored = datasets.find(slug).orElseThrow();
        assertEquals("IT cases", restored.title());
        assertEquals("Test coalition (2026), cases", restored.citation());
        assertEquals(null, restored.suppressionThreshold());
        assertEquals(List.of("2023=10", "2024=12"), values(slug));
    }

    @Test
    void mergeAddsANewYearAndKeepsTheOthers() {
        String slug = newDataset();

        datasets.importRows(EDITOR, slug, parse(HEADER + "cases,year,2025,14,cases,\n"), ImportMode.MERGE, "2025");

        assertEquals(List.of("2023=10", "2024=12", "2025=14"), values(slug));
    }

    @Test
    void newDatasetNeedsAFreeWellFormedAddress() {
        String slug = newDataset();

        assertEquals(
                "statistics.dataset.slugTaken",
                assertThrows(BusinessRuleException.class, () -> datasets.create(EDITOR, slug, "T", "T", "O", "C"))
                        .messageKey());
        assertEquals(
                "statistics.dataset.badSlug",
                assertThrows(BusinessRuleException.class, () -> datasets.create(EDITOR, "Bad Slug", "T", "T", "O", "C"))
                        .messageKey());
    }

    @Test
    void datasetsAreFoundBySiteSearchInBothLanguagesOnceTheOutboxRan() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String slug = "it-search-" + word;
        datasets.create(EDITOR, slug, "Shelter " + word, "Refugio " + word, "Test coalition", "Test (2026)");
        datasets.importRows(EDITOR, slug, parse(HEADER + "nights,year,2024,5,nights,\n"), ImportMode.REPLACE, "");

        outbox.runOnce();

        SearchResults english = search.searchPublic(word, "en", null, null, null, 0);
        SearchResults spanish = search.searchPublic(word, "es", null, null, null, 0);
        assertEquals(slug, english.hits().get(0).key());
        assertEquals(slug, spanish.hits().get(0).key());
    }

    @Test
    void staffAddAndRemoveChartsWithUniqueKeys() {
        String slug = newDataset();
        String key = slug + "-line";
        ChartSpec spec = new ChartSpec(
                key, ChartType.LINE, "Cases", "Casos", "Rising.", "En aumento.", List.of("cases"), "year");

        datasets.addChart(EDITOR, slug, spec);

        ChartData chart = datasets.findByChart(key).orElseThrow().chart(key).orElseThrow();
        assertEquals(List.of("2023", "2024"), chart.labels());
        assertEquals(
                "statistics.chart.keyTaken",
                assertThrows(BusinessRuleException.class, () -> datasets.addChart(EDITOR, slug, spec))
                        .messageKey());
        datasets.removeChart(EDITOR, slug, key);
        assertTrue(datasets.findByChart(key).isEmpty());
    }

    @Test
    void onlyStaffChangeData() {
        String slug = newDataset();
        Editor company = new Editor("it-company", EnumSet.of(PortalRole.COMPANY));

        assertThrows(
                AccessDeniedException.class,
                () -> datasets.importRows(company, slug, parse(HEADER + "a,b,c,1,d,\n"), ImportMode.REPLACE, ""));
        assertThrows(AccessDeniedException.class, () -> datasets.restore(company, slug, 1));
    }

    @Test
    void disabledModuleAnswers404OnPagesApiAndEmbed() throws MalformedURLException {
        PortalClient client = new PortalClient(base());
        List<String> paths = List.of(
                "/statistics",
                "/es/statistics",
                "/statistics/ilo-global-estimates-2021",
                "/api/v1/datasets",
                "/api/v1/datasets/ilo-global-estimates-2021",
                "/api/v1/datasets/ilo-global-estimates-2021/csv",
                "/embed/statistics/chart/ilo-forced-labour-by-form");
        paths.forEach(p -> assertEquals(200, client.get(p).statusCode(), p + " while enabled"));

        registry.disable("statistics");
        try {
            paths.forEach(p -> assertEquals(404, client.get(p).statusCode(), p + " while disabled"));
            assertTrue(!client.get("/").body().contains("widget-statistics-key-figures"), "no home widget");
        } finally {
            registry.enable("statistics");
        }
        assertEquals(200, client.get("/api/v1/datasets").statusCode());
    }

    private static URL base() throws MalformedURLException {
        String port = ConfigProvider.getConfig().getValue("beacon.http.port", String.class);
        return new URL("http://localhost:" + port + "/");
    }
}
