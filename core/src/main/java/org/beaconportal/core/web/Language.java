package org.beaconportal.core.web;

import java.util.Locale;
import java.util.Optional;

/** The portal's languages. English has no URL prefix; Spanish lives under {@code /es}. */
public enum Language {
    EN("en", ""),
    ES("es", "/es");

    /** Request attribute holding the {@link Language} of the current request. */
    public static final String REQUEST_ATTRIBUTE = "beacon.language";

    /** Request attribute holding the requested portal path without language prefix. */
    public static final String PATH_ATTRIBUTE = "beacon.path";

    private final String code;
    private final String prefix;

    Language(String code, String prefix) {
        this.code = code;
        this.prefix = prefix;
    }

    public String code() {
        return code;
    }

    public String prefix() {
        return prefix;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The portal path {@code path} (starting with {@code /}) as seen in this language. */
    public String localize(String path) {
        if (this == EN) {
            return path;
        }
        return "/".equals(path) ? prefix + "/" : prefix + path;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Splits a request path into its language and the path without prefix. */
    public static Split split(String path) {
        if (path.equals("/es") || path.startsWith("/es/")) {
            String rest = path.substring(3);
            return new Split(ES, rest.isEmpty() ? "/" : rest);
        }
        return new Split(EN, path.isEmpty() ? "/" : path);
    }

    /** A request path taken apart. */
    public record Split(Language language, String path) {}
}
