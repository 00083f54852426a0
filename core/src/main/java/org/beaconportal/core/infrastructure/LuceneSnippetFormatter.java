package org.beaconportal.core.infrastructure;

import java.util.Arrays;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the best passage of a field, as Lucene's highlighter finds it, into a search snippet by
 * the rules of {@link SearchSnippets}.
 */
final class LuceneSnippetFormatter extends PassageFormatter {

    private final int maxChars;

    LuceneSnippetFormatter(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        for (Passage passage : passages) {
            if (passage.getNumMatches() > 0) {
                return format(passage, content);
            }
        }
        return null;
    }

    private String format(Passage passage, String content) {
        int count = passage.getNumMatches();
        int[][] matches = new int[count][];
        for (int i = 0; i < count; i++) {
            matches[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
        }
        Arrays.sort(matches, (a, b) -> Integer.compare(a[0], b[0]));
        return SearchSnippets.highlight(
                content, passage.getStartOffset(), passage.getEndOffset(), matches, false, false, maxChars);
    }
}
