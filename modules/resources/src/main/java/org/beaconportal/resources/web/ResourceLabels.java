package org.beaconportal.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.beaconportal.core.web.PageLanguage;

/** Names of languages and dates in the page's language, for the module's pages. */
@Named
@RequestScoped
public class ResourceLabels {

    /** Languages offered in the directory's search and the suggestion form. */
    public static final List<String> COMMON_LANGUAGES =
            List.of("en", "es", "vi", "zh", "ar", "so", "am", "ne", "fr", "ru", "ko", "tl", "ht", "pt", "asl");

    @Inject
    PageLanguage language;

    /** A language code's name in the page's language ("Spanish", "español"); ASL by name. */
    public String languageName(String code) {
        if ("asl".equals(code)) {
            return language.isSpanish() ? "lengua de señas americana (ASL)" : "American Sign Language (ASL)";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(language.getLocale());
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(language.getLocale()) + name.substring(1);
    }

    public List<String> getCommonLanguages() {
        return COMMON_LANGUAGES;
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : date.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
    }
}
