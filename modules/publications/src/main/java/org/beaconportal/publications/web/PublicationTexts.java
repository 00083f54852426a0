package org.beaconportal.publications.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages of the module's bundle ({@code i18n/publications}) for backing beans. */
final class PublicationTexts {

    private PublicationTexts() {}

    static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(
                            "i18n.publications", locale, PublicationTexts.class.getClassLoader())
                    .getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A file size for people: {@code 240 KB}, {@code 1.4 MB}. */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
