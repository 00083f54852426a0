package org.beaconportal.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.beaconportal.core.application.Editor;
import org.beaconportal.statistics.domain.ChartType;
import org.beaconportal.statistics.domain.CsvTable;
import org.beaconportal.statistics.domain.ObservationNote;
import org.beaconportal.statistics.domain.ObservationRow;

/**
 * The datasets a new portal starts with: the ILO, Walk Free and IOM global estimates of forced
 * labour for 2021 (real, cited figures) and a Colorado dataset of illustrative numbers, marked as
 * example data everywhere it is shown, for staff to practise imports on.
 */
@ApplicationScoped
public class StatisticsDemoData {

    /** Slug of the ILO global estimates dataset. */
    public static final String ILO = "ilo-global-estimates-2021";

    /** Slug of the Colorado example dataset. */
    public static final String COLORADO = "colorado-example-hotline-cases";

    static final String ILO_CITATION =
            "ILO, Walk Free and IOM (2022), Global Estimates of Modern Slavery: Forced Labour and Forced Marriage."
                    + " Geneva: International Labour Organization.";

    @Inject
    DatasetService datasets;

    @Transactional(Transactional.TxType.MANDATORY)
    public void load() {
        Editor system = Editor.SYSTEM;
        if (datasets.find(ILO).isEmpty()) {
            loadIlo(system);
        }
        if (datasets.find(COLORADO).isEmpty()) {
            loadColorado(system);
        }
    }

    private void loadIlo(Editor system) {
        datasets.create(
                system,
                ILO,
                "Global estimates of forced labour, 2021",
                "Estimaciones mundiales del trabajo forzoso, 2021",
                "International Labour Organization (ILO), Walk Free and International Organization for Migration (IOM)",
                ILO_CITATION);
        datasets.updateDetails(
                system,
                ILO,
                new DatasetDetails(
                        "Global estimates of forced labour, 2021",
                        "Estimaciones mundiales del trabajo forzoso, 2021",
                        "How many people were in forced labour on any given day in 2021, by form of forced labour,"
                                + " sex, age and region, from the joint global estimates of the ILO, Walk Free and IOM.",
                        "Cuántas personas estaban en trabajo forzoso en un día cualquiera de 2021, por forma de trabajo"
                                + " forzoso, sexo, edad y región, según las estimaciones mundiales conjuntas de la OIT,"
                                + " Walk Free y la OIM.",
                        "International Labour Organization (ILO), Walk Free and International Organization for"
                                + " Migration (IOM)",
                        ILO_CITATION,
                        "https://www.ilo.org/publications/major-publications/global-estimates-modern-slavery-forced-labour-and-forced-marriage",
                        "© ILO, Walk Free and IOM; figures quoted with attribution",
                        "2021",
                        "The figures are estimates for one day in 2021 built from national household surveys in many"
                                + " countries and from administrative data, and are stated in millions of people or per"
                                + " 1,000 people. Figures are rounded, so the regional figures add up to 27.5 million"
                                + " rather than 27.6 million.",
                        "Las cifras son estimaciones para un día de 2021 elaboradas a partir de encuestas de hogares"
                                + " en muchos países y de datos administrativos, y se expresan en millones de personas o"
                                + " por cada 1.000 personas. Están redondeadas, por lo que las cifras regionales suman"
                                + " 27,5 millones y no 27,6 millones.",
                        null));
        datasets.importRows(system, ILO, iloRows(), ImportMode.REPLACE, "seed");
        chart(
                system,
                ILO,
                "ilo-forced-labour-by-form",
                ChartType.BAR,
                "form",
                "People in forced labour by form, 2021 (millions)",
                "Personas en trabajo forzoso por forma, 2021 (millones)",
                "Of 27.6 million people in forced labour, 17.3 million were exploited in the private economy"
                        + " outside commercial sex, 6.3 million in forced commercial sexual exploitation and 3.9 million"
                        + " in forced labour imposed by state authorities.",
                "De 27,6 millones de personas en trabajo forzoso, 17,3 millones eran explotadas en la economía privada"
                        + " fuera del comercio sexual, 6,3 millones en explotación sexual comercial forzosa y 3,9"
                        + " millones en trabajo forzoso impuesto por el Estado.",
                "people_in_forced_labour");
        chart(
                system,
                ILO,
                "ilo-forced-labour-by-sex",
                ChartType.DOUGHNUT,
                "sex",
                "People in forced labour by sex, 2021 (millions)",
                "Personas en trabajo forzoso por sexo, 2021 (millones)",
                "Women and girls were 11.8 million of the 27.6 million people in forced labour (about 43 per cent);"
                        + " men and boys were 15.8 million.",
                "Las mujeres y niñas eran 11,8 de los 27,6 millones de personas en trabajo forzoso (alrededor del"
                        + " 43 %); los hombres y niños, 15,8 millones.",
                "people_in_forced_labour");
        chart(
                system,
                ILO,
                "ilo-forced-labour-by-region",
                ChartType.BAR,
                "region",
                "People in forced labour by region, 2021 (millions)",
                "Personas en trabajo forzoso por región, 2021 (millones)",
                "Asia and the Pacific had the most people in forced labour (15.1 million), followed by Europe and"
                        + " Central Asia (4.1 million), Africa (3.8 million), the Americas (3.6 million) and the Arab"
                        + " States (0.9 million).",
                "Asia y el Pacífico tenía más personas en trabajo forzoso (15,1 millones), seguida de Europa y Asia"
                        + " Central (4,1 millones), África (3,8 millones), las Américas (3,6 millones) y los Estados"
                        + " Árabes (0,9 millones).",
                "people_in_forced_labour");
        chart(
                system,
                ILO,
                "ilo-prevalence-by-region",
                ChartType.BAR,
                "region",
                "Forced labour per 1,000 people by region, 2021",
                "Trabajo forzoso por cada 1.000 personas por región, 2021",
                "Relative to population, forced labour was most common in the Arab States (5.3 per 1,000 people),"
                        + " then Europe and Central Asia (4.4), Asia and the Pacific and the Americas (3.5 each) and"
                        + " Africa (2.9).",
                "En relación con la población, el trabajo forzoso era más frecuente en los Estados Árabes (5,3 por"
                        + " cada 1.000 personas), luego en Europa y Asia Central (4,4), Asia y el Pacífico y las"
                        + " Américas (3,5 cada una) y África (2,9).",
                "forced_labour_prevalence");
    }

    private void loadColorado(Editor system) {
        datasets.create(
                system,
                COLORADO,
                "Colorado hotline cases (example data)",
                "Casos de la línea directa de Colorado (datos de ejemplo)",
                "Beacon demo content (illustrative numbers, not from a real source)",
                "Example data made up for the Beacon demo portal; not real figures. Replace it with your"
                        + " coalition's own published data.");
        datasets.markAsExample(system, COLORADO, true);
        datasets.updateDetails(
                system,
                COLORADO,
                new DatasetDetails(
                        "Colorado hotline cases (example data)",
                        "Casos de la línea directa de Colorado (datos de ejemplo)",
                        "Illustrative numbers showing how a coalition can publish its own yearly counts. They are"
                                + " not real figures.",
                        "Números ilustrativos que muestran cómo una coalición puede publicar sus propios recuentos"
                                + " anuales. No son cifras reales.",
                        "Beacon demo content (illustrative numbers, not from a real source)",
                        "Example data made up for the Beacon demo portal; not real figures. Replace it with your"
                                + " coalition's own published data.",
                        null,
                        null,
                        "2021–2024",
                        "Example only. Counts below 5 are not shown so that small local numbers cannot identify"
                                + " anyone.",
                        "Solo un ejemplo. Los recuentos menores de 5 no se muestran para que los números locales"
                                + " pequeños no permitan identificar a nadie.",
                        new BigDecimal("5")));
        datasets.importRows(
                system, COLORADO, rows("colorado-example-hotline-cases.csv", null), ImportMode.REPLACE, "seed");
        chart(
                system,
                COLORADO,
                "colorado-cases-by-year",
                ChartType.LINE,
                "year",
                "Cases reported per year (example data)",
                "Casos reportados por año (datos de ejemplo)",
                "In this example, reported cases rise every year, from 112 in 2021 to 144 in 2024 (provisional).",
                "En este ejemplo, los casos reportados aumentan cada año, de 112 en 2021 a 144 en 2024 (provisional).",
                "cases_reported");
        chart(
                system,
                COLORADO,
                "colorado-cases-by-type",
                ChartType.STACKED_BAR,
                "year",
                "Sex and labour trafficking cases per year (example data)",
                "Casos de trata sexual y laboral por año (datos de ejemplo)",
                "In this example, sex trafficking cases are about three in five of all cases each year; labour"
                        + " trafficking cases grow from 41 in 2021 to 56 in 2024.",
                "En este ejemplo, los casos de trata sexual son unos tres de cada cinco cada año; los de trata"
                        + " laboral pasan de 41 en 2021 a 56 en 2024.",
                "sex_trafficking_cases",
                "labour_trafficking_cases");
        chart(
                system,
                COLORADO,
                "colorado-cases-by-region",
                ChartType.BAR,
                "region",
                "Cases reported in 2024 by region (example data)",
                "Casos reportados en 2024 por región (datos de ejemplo)",
                "In this example, the Denver metro area reports the most cases in 2024 (61); the Eastern Plains"
                        + " report fewer than 5, which is not shown.",
                "En este ejemplo, el área metropolitana de Denver reporta más casos en 2024 (61); las Llanuras"
                        + " Orientales reportan menos de 5, cifra que no se muestra.",
                "cases_reported_2024");
    }

    private void chart(
            Editor system,
            String slug,
            String key,
            ChartType type,
            String dimension,
            String title,
            String titleEs,
            String summary,
            String summaryEs,
            String... series) {
        datasets.addChart(
                system, slug, new ChartSpec(key, type, title, titleEs, summary, summaryEs, List.of(series), dimension));
    }

    private static List<ObservationRow> iloRows() {
        return rows("ilo-global-estimates-2021.csv", ObservationNote.ESTIMATE).stream()
                .map(r -> "region".equals(r.dimension())
                        ? new ObservationRow(
                                r.series(), r.dimension(), r.category(), r.value(), r.unit(), ObservationNote.ROUNDED)
                        : r)
                .toList();
    }

    private static List<ObservationRow> rows(String file, ObservationNote defaultNote) {
        try (InputStream in = StatisticsDemoData.class.getResourceAsStream("/statistics/seed/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing: " + file);
            }
            CsvTable table = CsvTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return CsvImport.rows(table, ImportMapping.guess(table.header()), done -> {}).stream()
                    .map(r -> r.note() == null && defaultNote != null
                            ? new ObservationRow(
                                    r.series(), r.dimension(), r.category(), r.value(), r.unit(), defaultNote)
                            : r)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
