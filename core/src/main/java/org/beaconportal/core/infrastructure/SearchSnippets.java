package org.beaconportal.core.infrastructure;

import org.beaconportal.core.web.HtmlText;

/**
 * The search snippet rules shared by every {@link org.beaconportal.core.application.SearchIndex}
 * adapter: the document text HTML-escaped, runs of white space collapsed, matched terms wrapped in
 * {@code <mark>} and nothing else as markup. A passage longer than the limit is cut to a window
 * around its first match, at word boundaries, and {@code …} marks text left out before or after.
 *
 * <p>Adapters find the passage and the matches their own way (Lucene's highlighter, PostgreSQL's
 * {@code ts_headline}); what the reader sees is decided here only.
 */
final class SearchSnippets {

    static final String ELLIPSIS = "…";

    private SearchSnippets() {}

    /**
     * The snippet of {@code content[start, end)} with the given matches marked.
     *
     * @param matches {@code [start, end)} offsets into {@code content}, sorted by start; at least one
     * @param textBefore true if the document has text before {@code content} (an excerpt)
     * @param textAfter true if the document has text after {@code content}
     * @param maxChars longest passage, in characters of document text
     */
    static String highlight(
            String content, int start, int end, int[][] matches, boolean textBefore, boolean textAfter, int maxChars) {
        end = Math.min(end, content.length());
        if (end - start > maxChars) {
            int anchor = Math.max(start, matches[0][0]);
            int from = Math.max(start, anchor - maxChars / 3);
            int to = Math.min(end, from + maxChars);
            from = Math.max(start, Math.min(from, to - maxChars));
            int matchEnd = Math.min(end, matches[0][1]);
            start = codePointBoundary(content, wordStartAtOrAfter(content, from, anchor));
            end = codePointBoundary(content, wordEndAtOrBefore(content, to, matchEnd));
        }

        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }

        StringBuilder out = new StringBuilder(maxChars + 64);
        if (textBefore || !isBlank(content, 0, start)) {
            out.append(ELLIPSIS);
        }
        int position = start;
        for (int[] match : matches) {
            int matchStart = Math.max(match[0], position);
            int matchEnd = Math.min(match[1], end);
            if (matchStart >= matchEnd) {
                continue;
            }
            appendEscaped(out, content, position, matchStart);
            out.append("<mark>");
            appendEscaped(out, content, matchStart, matchEnd);
            out.append("</mark>");
            position = matchEnd;
        }
        appendEscaped(out, content, position, end);
        if (textAfter || !isBlank(content, end, content.length())) {
            out.append(ELLIPSIS);
        }
        return out.toString().strip();
    }

    private static boolean isBlank(String content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Moves a position off the middle of a surrogate pair. */
    private static int codePointBoundary(String content, int position) {
        if (position > 0
                && position < content.length()
                && Character.isLowSurrogate(content.charAt(position))
                && Character.isHighSurrogate(content.charAt(position - 1))) {
            return position - 1;
        }
        return position;
    }

    /** Moves {@code from} forward to the start of a word, but never past {@code limit}. */
    private static int wordStartAtOrAfter(String content, int from, int limit) {
        int position = from;
        while (position > 0 && position < limit && !Character.isWhitespace(content.charAt(position - 1))) {
            position++;
        }
        return position;
    }

    /** Moves {@code to} back to the end of a word, but never before {@code limit}. */
    private static int wordEndAtOrBefore(String content, int to, int limit) {
        int position = to;
        while (position < content.length() && position > limit && !Character.isWhitespace(content.charAt(position))) {
            position--;
        }
        return position;
    }

    /** Appends {@code text[from, to)} HTML-escaped, with runs of white space as one space. */
    static void appendEscaped(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            HtmlText.append(out, c);
        }
    }

    /** The whole text HTML-escaped, white space collapsed. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text, 0, text.length());
        return out.toString().strip();
    }

    /** The beginning of a text, HTML-escaped, cut at a word boundary near {@code maxChars}. */
    static String leading(String text, int maxChars) {
        String stripped = text.strip();
        if (stripped.length() <= maxChars) {
            return escape(stripped);
        }
        int end = maxChars;
        while (end > maxChars / 2 && !Character.isWhitespace(stripped.charAt(end))) {
            end--;
        }
        if (end == maxChars / 2) {
            end = codePointBoundary(stripped, maxChars);
        }
        StringBuilder out = new StringBuilder(maxChars + 16);
        appendEscaped(out, stripped, 0, end);
        return out.toString().strip() + ELLIPSIS;
    }
}
