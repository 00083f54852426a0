package org.beaconportal.core.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The readable, URL-safe part of an address that names one item, such as {@code
 * labour-trafficking} in {@code /resources/labour-trafficking}: lower-case ASCII letters and
 * digits, with single hyphens between them, 1 to {@value #MAX_LENGTH} characters.
 *
 * <pre>{@code
 * Slug slug = Slug.fromTitle("Niños y niñas: explotación"); // ninos-y-ninas-explotacion
 * Slug taken = slug.withSuffix(2);                          // ninos-y-ninas-explotacion-2
 * Slug stored = Slug.of("labour-trafficking");              // validates, never changes the value
 * }</pre>
 */
public final class Slug {

    /** Longest slug {@link #of(String)} accepts. */
    public static final int MAX_LENGTH = 120;

    /** Longest slug {@link #fromTitle(String)} generates, leaving room for suffixes. */
    public static final int MAX_GENERATED_LENGTH = 80;

    /** What {@link #fromTitle(String)} returns when a title has no usable letter or digit. */
    public static final String FALLBACK = "item";

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final String value;

    private Slug(String value) {
        this.value = value;
    }

    /**
     * An existing slug, checked but never altered.
     *
     * @throws IllegalArgumentException if the value is not lower-case ASCII letters and digits
     *     with single hyphens between them, or is empty or longer than {@value #MAX_LENGTH}
     */
    public static Slug of(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A slug must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A slug must be at most " + MAX_LENGTH + " characters, got " + value.length());
        }
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid slug \"" + value
                    + "\": use lower-case letters a-z and digits, with single hyphens between words");
        }
        return new Slug(value);
    }

    /**
     * A slug made from a title: accents are dropped, letters are lower-cased, every run of other
     * characters becomes one hyphen, and the result is cut to {@value #MAX_GENERATED_LENGTH}
     * characters at a word boundary when there is one. A title with no ASCII letter or digit left
     * (only punctuation, or only Chinese characters, for example) gives {@value #FALLBACK}.
     */
    public static Slug fromTitle(String title) {
        Objects.requireNonNull(title, "title");
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String lower = transliterate(unaccented.toLowerCase(Locale.ROOT));
        String hyphenated = trimHyphens(NOT_ALPHANUMERIC.matcher(lower).replaceAll("-"));
        String truncated = truncate(hyphenated, MAX_GENERATED_LENGTH);
        return new Slug(truncated.isEmpty() ? FALLBACK : truncated);
    }

    /**
     * This slug with {@code -n} appended, to tell apart items whose titles give the same slug.
     * The slug is shortened first if the result would exceed {@value #MAX_LENGTH} characters.
     *
     * @param n the number to append, 2 or more (the first item keeps the plain slug)
     */
    public Slug withSuffix(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("A slug suffix must be 2 or more, got " + n);
        }
        String suffix = "-" + n;
        String base = truncate(value, MAX_LENGTH - suffix.length());
        return new Slug(base + suffix);
    }

    public String value() {
        return value;
    }

    /** Letters that Unicode does not decompose into a base letter plus accents. */
    private static String transliterate(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'ł' -> out.append('l');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    /** Cuts a valid (or empty) slug to at most {@code max} characters, at a hyphen if possible. */
    private static String truncate(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        if (slug.charAt(max) == '-') {
            return slug.substring(0, max);
        }
        String cut = slug.substring(0, max);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Slug that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
