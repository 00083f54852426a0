package org.beaconportal.statistics.application;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.beaconportal.statistics.domain.ObservationNote;

/**
 * One value as the public may see it: the number, or, when the dataset suppresses it, no number
 * at all and "fewer than N" in its place. Every public output (page table, chart data, CSV, JSON,
 * embed) is built from figures, never from observations directly.
 *
 * @param value the number; null when suppressed
 * @param threshold the dataset's suppression threshold when this value is suppressed, else null
 */
public record Figure(
        String series,
        String dimension,
        String category,
        BigDecimal value,
        String unit,
        ObservationNote note,
        BigDecimal threshold) {

    public boolean isSuppressed() {
        return value == null;
    }

    /** The number in the reader's notation ({@code 27.6}, {@code 27,6}), or "fewer than N". */
    public String display(Locale locale) {
        if (isSuppressed()) {
            return StatisticsTexts.text(
                    locale, "statistics.suppressed", format(threshold.stripTrailingZeros(), locale));
        }
        return format(value, locale);
    }

    /** The note in the reader's language, or empty. */
    public String noteText(Locale locale) {
        return note == null ? "" : StatisticsTexts.text(locale, "statistics.note." + note.code());
    }

    /** A number in the reader's notation, keeping its decimals. */
    public static String format(BigDecimal number, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        int scale = Math.max(0, number.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(number);
    }
}
