package org.beaconportal.core.infrastructure;

import java.text.Normalizer;

/**
 * Text preparation for {@link PostgresSearchIndex}: every function maps one character to exactly
 * one character, so offsets in a prepared text are offsets in the original.
 *
 * <ul>
 *   <li>{@link #neutral}: {@code <}, {@code >}, {@code &} and the two highlight markers become
 *       spaces, so that PostgreSQL's parser sees no HTML tag or entity (it would drop them from the
 *       index and from {@code ts_headline}'s output);
 *   <li>{@link #fold}: as neutral, and letters of the Latin ranges (U+00C0 to U+024F) lose their
 *       accents ({@code é} → {@code e}, {@code ñ} → {@code n}). The same mapping is available to SQL
 *       as the two arguments of {@code translate(text, FROM, TO)} ({@link #FOLD_FROM}, {@link
 *       #FOLD_TO}), so no extension ({@code unaccent}) and no superuser are needed.
 * </ul>
 */
final class PostgresSearchText {

    /** Starts a highlighted word in {@code ts_headline}'s output (a private-use character). */
    static final char MARK_START = '\uE000';

    /** Ends a highlighted word in {@code ts_headline}'s output. */
    static final char MARK_END = '\uE001';

    private static final String NEUTRAL_FROM = "<>&" + MARK_START + MARK_END;

    /** Characters {@link #fold} changes, for SQL's {@code translate}. */
    static final String FOLD_FROM;

    /** What each character of {@link #FOLD_FROM} becomes. */
    static final String FOLD_TO;

    private static final char[] FOLDED = new char[0x250];

    static {
        StringBuilder from = new StringBuilder(NEUTRAL_FROM);
        StringBuilder to = new StringBuilder(" ".repeat(NEUTRAL_FROM.length()));
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = c;
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (decomposed.length() > 1
                    && decomposed
                            .codePoints()
                            .skip(1)
                            .allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)
                    && decomposed.charAt(0) < 0x80) {
                FOLDED[c] = decomposed.charAt(0);
                from.append(c);
                to.append(decomposed.charAt(0));
            }
        }
        for (int i = 0; i < NEUTRAL_FROM.length(); i++) {
            char c = NEUTRAL_FROM.charAt(i);
            if (c < FOLDED.length) {
                FOLDED[c] = ' ';
            }
        }
        FOLD_FROM = from.toString();
        FOLD_TO = to.toString();
    }

    private PostgresSearchText() {}

    /** The text as stored: PostgreSQL text cannot hold NUL, which becomes a space. */
    static String storable(String text) {
        return text == null ? "" : text.replace('\u0000', ' ');
    }

    /** The text for PostgreSQL's parser: no tag or entity syntax, no markers. */
    static String neutral(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == 0 || NEUTRAL_FROM.indexOf(c) >= 0 ? ' ' : c);
        }
        return out.toString();
    }

    /** The text for PostgreSQL's parser, accents folded. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < FOLDED.length) {
                out.append(c == 0 ? ' ' : FOLDED[c]);
            } else {
                out.append(c == MARK_START || c == MARK_END ? ' ' : c);
            }
        }
        return out.toString();
    }
}
