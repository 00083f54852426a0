package org.beaconportal.compliance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a company's sourcing list: {@code good,country,tier,volume_band} (tier 1–4, volume band
 * low, medium or high). Good rows are kept; each bad row is reported with its row number.
 */
public final class SourcingCsv {

    static final List<String> COLUMNS = List.of("good", "country", "tier", "volume_band");

    /** One good row. */
    public record Row(String good, String country, int tier, SourcingLine.VolumeBand volumeBand) {}

    /** Rows kept and rows refused. */
    public record Parsed(List<Row> rows, List<RowError> errors) {}

    private SourcingCsv() {}

    public static Parsed parse(String text) {
        List<List<String>> records = Csv.parse(text);
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        if (records.isEmpty() || !ListOfGoodsCsv.header(records.get(0)).equals(COLUMNS)) {
            errors.add(new RowError(1, "compliance.sourcing.csv.header"));
            return new Parsed(rows, errors);
        }
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.isEmpty()) {
                continue;
            }
            if (record.size() != COLUMNS.size()) {
                errors.add(new RowError(i + 1, "compliance.sourcing.csv.columns"));
                continue;
            }
            String good = record.get(0).trim();
            String country = record.get(1).trim();
            if (good.isEmpty() || country.isEmpty() || good.length() > 200 || country.length() > 120) {
                errors.add(new RowError(i + 1, "compliance.sourcing.csv.required"));
                continue;
            }
            int tier;
            try {
                tier = Integer.parseInt(record.get(2).trim());
            } catch (NumberFormatException e) {
                tier = 0;
            }
            if (tier < 1 || tier > 4) {
                errors.add(new RowError(i + 1, "compliance.sourcing.csv.tier"));
                continue;
            }
            SourcingLine.VolumeBand band;
            try {
                band = SourcingLine.VolumeBand.valueOf(record.get(3).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(i + 1, "compliance.sourcing.csv.volume"));
                continue;
            }
            rows.add(new Row(good, country, tier, band));
        }
        return new Parsed(rows, errors);
    }
}
