package org.beaconportal.newsletter.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.beaconportal.core.web.HtmlText;

/** Texts of the newsletter bundle in a subscriber's language, for mail built outside any page. */
public final class MailTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    public MailTexts(String language) {
        this.locale = "es".equals(language) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("i18n.newsletter", locale, MailTexts.class.getClassLoader());
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** HTML escaping for text placed in mail bodies. */
    public static String escape(String text) {
        return HtmlText.escape(text);
    }
}
