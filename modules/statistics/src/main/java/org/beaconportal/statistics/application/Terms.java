package org.beaconportal.statistics.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Readable names for the codes and words a dataset's files use ({@code people_in_forced_labour},
 * {@code women and girls}): the bundle's {@code statistics.term.<normalised>} text when there is
 * one (so Spanish readers get Spanish), else the code with underscores as spaces. Downloads and the
 * API keep the codes as they are.
 */
public final class Terms {

    private Terms() {}

    public static String label(String term, Locale locale) {
        if (term == null) {
            return "";
        }
        String key = "statistics.term." + term.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        try {
            return ResourceBundle.getBundle("i18n.statistics", locale, Terms.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return term.replace('_', ' ');
        }
    }
}
