package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@link PostgresSearchIndex} that need no database: text preparation, query words,
 * edit distance and the mapping of a headline back onto the original text.
 */
class PostgresSearchTextTest {

    private static final char START = PostgresSearchText.MARK_START;
    private static final char END = PostgresSearchText.MARK_END;

    @Test
    void foldingRemovesAccentsAndMarkupCharactersOneForOne() {
        String text = "Explotación & <niñas> à São Paulo, Łódź";

        String folded = PostgresSearchText.fold(text);

        assertEquals("Explotacion    ninas  a Sao Paulo, Łodz", folded);
        assertEquals(text.length(), folded.length());
        assertEquals("Explotación    niñas  à São Paulo, Łódź", PostgresSearchText.neutral(text));
    }

    @Test
    void theSqlTranslationIsTheSameMapping() {
        assertEquals(PostgresSearchText.FOLD_FROM.length(), PostgresSearchText.FOLD_TO.length());
        for (int i = 0; i < PostgresSearchText.FOLD_FROM.length(); i++) {
            String from = String.valueOf(PostgresSearchText.FOLD_FROM.charAt(i));
            assertEquals(String.valueOf(PostgresSearchText.FOLD_TO.charAt(i)), PostgresSearchText.fold(from), from);
        }
    }

    @Test
    void nulCannotBeStoredAndBecomesASpace() {
        assertEquals("a b", PostgresSearchText.storable("a\u0000b"));
        assertEquals("", PostgresSearchText.storable(null));
    }

    @Test
    void queryWordsAreLettersAndDigitsOnly() {
        assertEquals(List.of("foo", "bar", "2024", "México"), PostgresSearchIndex.words("foo:bar \"2024\" -México*"));
        assertEquals(List.of(), PostgresSearchIndex.words("* ? \\ ( ) && || \u0000"));
        assertEquals(64, PostgresSearchIndex.words("w ".repeat(500)).size());
        assertEquals(List.of("ok"), PostgresSearchIndex.words("a".repeat(300) + " ok"));
    }

    @Test
    void aDistanceCountsTranspositionsAsOneEdit() {
        assertEquals(1, PostgresSearchIndex.distance(cp("traffick"), cp("traffikc"), 2));
        assertEquals(1, PostgresSearchIndex.distance(cp("labor"), cp("labour"), 1));
        assertEquals(2, PostgresSearchIndex.distance(cp("labor"), cp("lbaour"), 2));
        assertEquals(3, PostgresSearchIndex.distance(cp("abc"), cp("xyzw"), 2));
        assertEquals(0, PostgresSearchIndex.distance(cp("𝕿𝖗𝖆"), cp("𝕿𝖗𝖆"), 1));
    }

    @Test
    void aHeadlineIsMappedOntoTheOriginalTextAndEscaped() {
        String original = "la explotación <b> de niñas";
        String headline = "la " + START + "explotacion" + END + "     de " + START + "ninas" + END;

        String snippet = PostgresSearchIndex.snippet(headline, original, 1, original.length());

        assertEquals("la <mark>explotación</mark> &lt;b&gt; de <mark>niñas</mark>", snippet);
    }

    @Test
    void anExcerptInsideTheTextSaysSo() {
        String headline = START + "trata" + END + " de";

        assertEquals("…<mark>trata</mark> de…", PostgresSearchIndex.snippet(headline, "trata de", 10, 40));
        assertEquals("<mark>trata</mark> de", PostgresSearchIndex.snippet(headline, "trata de", 1, 8));
    }

    @Test
    void aHeadlineWithoutMarksIsNoSnippet() {
        assertNull(PostgresSearchIndex.snippet("plain text", "plain text", 1, 10));
        assertNull(PostgresSearchIndex.snippet(null, null, 0, 0));
    }

    @Test
    void anUnalignedHeadlineIsStillEscaped() {
        String headline = START + "a&b" + END + " <x>";

        assertEquals("<mark>a&amp;b</mark> &lt;x&gt;", PostgresSearchIndex.snippet(headline, null, 0, 0));
    }

    private static int[] cp(String text) {
        return text.codePoints().toArray();
    }
}
