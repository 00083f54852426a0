package org.beaconportal.core.infrastructure;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Analysis of the search index's full-text fields, chosen by the field's language suffix:
 * {@code title_en} is analysed with the {@link EnglishAnalyzer}, {@code text_es} with the {@link
 * SpanishAnalyzer}, fields of any other language ({@code _xx}) with the {@link StandardAnalyzer}.
 *
 * <p>Before tokenizing, a colon is read as a space, at index and at query time alike: the Unicode
 * word rules would keep {@code title:trafficking} as one token, which a reader typing query syntax
 * would never find anything with.
 */
final class LuceneLanguageAnalyzer extends AnalyzerWrapper {

    /** The analysis profiles; each document and each full-text field belongs to one. */
    enum Profile {
        ENGLISH("en"),
        SPANISH("es"),
        OTHER("xx");

        private final String suffix;

        Profile(String suffix) {
            this.suffix = suffix;
        }

        /** The full-text field of this profile, e.g. {@code text_en}. */
        String field(String base) {
            return base + "_" + suffix;
        }

        /** The profile of a language code ({@code en}, {@code es}; anything else is OTHER). */
        static Profile of(String language) {
            return switch (language.strip().toLowerCase(Locale.ROOT)) {
                case "en" -> ENGLISH;
                case "es" -> SPANISH;
                default -> OTHER;
            };
        }

        static Profile ofField(String field) {
            for (Profile profile : values()) {
                if (field.endsWith("_" + profile.suffix)) {
                    return profile;
                }
            }
            return OTHER;
        }
    }

    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer spanish = new SpanishAnalyzer();
    private final Analyzer other = new StandardAnalyzer();

    LuceneLanguageAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return switch (Profile.ofField(fieldName)) {
            case ENGLISH -> english;
            case SPANISH -> spanish;
            case OTHER -> other;
        };
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new ColonAsSpaceReader(reader);
    }

    @Override
    public void close() {
        super.close();
        english.close();
        spanish.close();
        other.close();
    }

    /** Replaces every colon by a space; one char for one, so offsets stay exact. */
    private static final class ColonAsSpaceReader extends FilterReader {

        ColonAsSpaceReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            return c == ':' ? ' ' : c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (buffer[i] == ':') {
                    buffer[i] = ' ';
                }
            }
            return read;
        }
    }
}
