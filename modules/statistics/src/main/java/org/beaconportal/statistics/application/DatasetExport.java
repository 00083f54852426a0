package org.beaconportal.statistics.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.beaconportal.statistics.domain.CsvTable;

/**
 * The downloads of a dataset: CSV (one value per line, with the citation on every line so that a
 * copied extract keeps its source) and JSON. Both are built from {@link Figure}s, so a suppressed
 * value appears in neither: the CSV says "fewer than N" in its place, the JSON gives no value.
 */
public final class DatasetExport {

    /** The CSV columns. */
    public static final List<String> CSV_HEADER =
            List.of("series", "dimension", "category", "value", "unit", "note", "source");

    private DatasetExport() {}

    public static String csv(PublicDataset dataset, Locale locale) {
        StringBuilder out = new StringBuilder(CsvTable.line(CSV_HEADER)).append("\r\n");
        for (Figure figure : dataset.figures()) {
            out.append(CsvTable.spreadsheetLine(List.of(
                            figure.series(),
                            figure.dimension(),
                            figure.category(),
                            figure.isSuppressed()
                                    ? figure.display(locale)
                                    : figure.value().toPlainString(),
                            figure.unit(),
                            figure.note() == null ? "" : figure.note().code(),
                            dataset.citation())))
                    .append("\r\n");
        }
        return out.toString();
    }

    public static JsonObject json(PublicDataset dataset, Locale locale) {
        JsonObjectBuilder out = summaryJson(dataset);
        out.add("description", nullable(dataset.description()));
        out.add("methodology", nullable(dataset.methodology()));
        out.add("licence", nullable(dataset.licence()));
        if (dataset.suppressionThreshold() != null) {
            out.add("suppressionThreshold", dataset.suppressionThreshold().stripTrailingZeros());
        }
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Figure figure : dataset.figures()) {
            JsonObjectBuilder value = Json.createObjectBuilder()
                    .add("series", figure.series())
                    .add("dimension", figure.dimension())
                    .add("category", figure.category())
                    .add("unit", figure.unit());
            if (figure.isSuppressed()) {
                value.addNull("value").add("suppressed", true).add("display", figure.display(locale));
            } else {
                value.add("value", figure.value()).add("suppressed", false);
            }
            if (figure.note() != null) {
                value.add("note", figure.note().code());
            }
            values.add(value);
        }
        out.add("values", values);
        return out.build();
    }

    /** The fields of the dataset list: identity and provenance. */
    public static JsonObjectBuilder summaryJson(PublicDataset dataset) {
        return Json.createObjectBuilder()
                .add("slug", dataset.slug())
                .add("title", dataset.title())
                .add("titleEs", dataset.titleEs())
                .add("sourceOrganisation", dataset.sourceOrganisation())
                .add("citation", dataset.citation())
                .add("sourceUrl", nullable(dataset.sourceUrl()))
                .add("referencePeriod", nullable(dataset.referencePeriod()))
                .add("exampleData", dataset.exampleData())
                .add("updated", dataset.updatedAt().toString())
                .add("path", "/statistics/" + dataset.slug());
    }

    private static jakarta.json.JsonValue nullable(String text) {
        return text == null ? jakarta.json.JsonValue.NULL : Json.createValue(text);
    }
}
