package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LuceneSnippetFormatterTest {

    private final LuceneSnippetFormatter formatter = new LuceneSnippetFormatter(60);

    private static Passage passage(int start, int end, int... matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            passage.addMatch(matches[i], matches[i + 1], new BytesRef("t"), 1);
        }
        return passage;
    }

    @Test
    void marksMatchesAndEscapesEverythingElse() {
        String content = "<b>Fish</b> & \"chips\" o'clock";

        Object snippet = formatter.format(new Passage[] {passage(0, content.length(), 3, 7, 22, 29)}, content);

        assertEquals("&lt;b&gt;<mark>Fish</mark>&lt;/b&gt; &amp; &quot;chips&quot; <mark>o&#39;clock</mark>", snippet);
    }

    @Test
    void collapsesWhiteSpaceAndMarksTextLeftOut() {
        String content = "First sentence.  Second\n\nsentence   here. Third.";

        Object snippet = formatter.format(new Passage[] {passage(17, 41, 17, 23)}, content);

        assertEquals("…<mark>Second</mark> sentence here.…", snippet);
    }

    @Test
    void cutsALongPassageAroundItsFirstMatchAtWordBoundaries() {
        String content = "alpha ".repeat(50) + "needle " + "omega ".repeat(50);
        int needle = content.indexOf("needle");

        String snippet =
                (String) formatter.format(new Passage[] {passage(0, content.length(), needle, needle + 6)}, content);

        assertTrue(snippet.contains("<mark>needle</mark>"), snippet);
        assertTrue(snippet.startsWith("…alpha "), snippet);
        assertTrue(snippet.endsWith(" omega…"), snippet);
        assertTrue(snippet.replace("<mark>", "").replace("</mark>", "").length() <= 60 + 2, snippet);
    }

    @Test
    void overlappingMatchesAreMarkedOnce() {
        String content = "trafficking routes";

        Object snippet = formatter.format(new Passage[] {passage(0, content.length(), 0, 11, 5, 11)}, content);

        assertEquals("<mark>trafficking</mark> routes", snippet);
    }

    @Test
    void aPassageWithoutMatchesGivesNothing() {
        assertNull(formatter.format(new Passage[] {passage(0, 5)}, "hello"));
        assertNull(formatter.format(new Passage[0], "hello"));
    }

    @Test
    void leadingCutsAtAWordAndEscapes() {
        String text = "Tom & Jerry " + "cartoon ".repeat(20);

        String leading = SearchSnippets.leading(text, 40);

        assertTrue(leading.startsWith("Tom &amp; Jerry cartoon"), leading);
        assertTrue(leading.endsWith("cartoon…"), leading);
        assertEquals("short &lt;text&gt;", SearchSnippets.leading("  short <text>  ", 40));
    }
}
