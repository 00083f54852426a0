package org.beaconportal.statistics.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the statistics bundle in a reader's language, for output built outside Faces pages. */
public final class StatisticsTexts {

    private static final String BUNDLE = "i18n.statistics";

    private StatisticsTexts() {}

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, StatisticsTexts.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** {@code en} or {@code es}: the language a locale reads in. */
    public static Locale locale(String language) {
        return "es".equals(language) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }
}
