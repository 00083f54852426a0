package org.beaconportal.compliance.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the module's bundle ({@code i18n/compliance}) for mail, reports and exports. */
public final class ComplianceTexts {

    public static final String BUNDLE = "i18n.compliance";

    private ComplianceTexts() {}

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, ComplianceTexts.class.getClassLoader())
                    .getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** {@code es} or {@code en} for a page language; null for anything else. */
    public static String languageCode(String language) {
        return "es".equals(language) || "en".equals(language) ? language : null;
    }

    public static Locale locale(String language) {
        return "es".equals(language) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }
}
