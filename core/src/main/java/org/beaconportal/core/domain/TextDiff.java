package org.beaconportal.core.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Line-by-line comparison of two versions of a text, for showing editors what changed between
 * revisions of a page, either as one unified list or side by side.
 *
 * <pre>{@code
 * List<TextDiff.Line> lines = TextDiff.compare("a\nb\nc\n", "a\nB\nc\n");
 * // SAME "a" (1,1), REMOVED "b" (2,0), ADDED "B" (0,2), SAME "c" (3,3)
 * List<TextDiff.Row> rows = TextDiff.sideBySide(lines);
 * // ["a" | "a"], ["b" | "B"], ["c" | "c"]
 * }</pre>
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or {@code \r}, as in {@link String#lines()}: a final
 * line terminator does not start an extra empty line, so {@code "a\n"} and {@code "a"} compare as
 * equal, and so do texts that differ only in Windows or Unix line endings. {@code null} counts as
 * the empty text.
 *
 * <p>The common first and last lines are matched directly; the rest is compared with Myers'
 * shortest-edit-script algorithm, which is fast when the changes are small. To keep memory
 * bounded, when the two versions differ by more than about {@value #MAX_EDIT_DISTANCE} changed
 * lines the middle part is reported as all removed, then all added.
 */
public final class TextDiff {

    /** Largest number of changed lines compared line by line; beyond it, see the class comment. */
    static final int MAX_EDIT_DISTANCE = 2000;

    /** Whether a line is in both versions, only in the new one, or only in the old one. */
    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    /**
     * One line of the comparison.
     *
     * @param oldNumber its 1-based line number in the old text, 0 for an added line
     * @param newNumber its 1-based line number in the new text, 0 for a removed line
     */
    public record Line(Kind kind, String text, int oldNumber, int newNumber) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            boolean numbersFit =
                    switch (kind) {
                        case SAME -> oldNumber > 0 && newNumber > 0;
                        case ADDED -> oldNumber == 0 && newNumber > 0;
                        case REMOVED -> oldNumber > 0 && newNumber == 0;
                    };
            if (!numbersFit) {
                throw new IllegalArgumentException(
                        "Line numbers " + oldNumber + "/" + newNumber + " do not fit a " + kind + " line");
            }
        }
    }

    /**
     * One row of a side-by-side view: the old line on the left, the new line on the right. A
     * removed line without a counterpart has no right side, an added one no left side ({@code
     * null}).
     */
    public record Row(Line left, Line right) {
        public Row {
            if (left == null && right == null) {
                throw new IllegalArgumentException("A row needs at least one side");
            }
        }

        /** Whether this row shows a change rather than an unchanged line. */
        public boolean changed() {
            return left == null || right == null || left.kind() != Kind.SAME;
        }
    }

    private TextDiff() {}

    /**
     * The lines of both texts in order: unchanged lines once, and within each changed block all
     * removed lines before all added ones.
     */
    public static List<Line> compare(String oldText, String newText) {
        List<String> oldLines = split(oldText);
        List<String> newLines = split(newText);
        int[] a = new int[oldLines.size()];
        int[] b = new int[newLines.size()];
        intern(oldLines, newLines, a, b);

        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix
                && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }

        List<Line> result = new ArrayList<>(Math.max(a.length, b.length) + 16);
        for (int i = 0; i < prefix; i++) {
            result.add(new Line(Kind.SAME, oldLines.get(i), i + 1, i + 1));
        }
        myers(oldLines, newLines, a, b, prefix, a.length - suffix, prefix, b.length - suffix, result);
        for (int i = suffix; i > 0; i--) {
            int oldIndex = a.length - i;
            int newIndex = b.length - i;
            result.add(new Line(Kind.SAME, oldLines.get(oldIndex), oldIndex + 1, newIndex + 1));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Pairs the lines of a comparison for a two-column view: unchanged lines face themselves, and
     * in each changed block the n-th removed line faces the n-th added line.
     */
    public static List<Row> sideBySide(List<Line> lines) {
        List<Row> rows = new ArrayList<>(lines.size());
        List<Line> removed = new ArrayList<>();
        List<Line> added = new ArrayList<>();
        for (Line line : lines) {
            switch (line.kind()) {
                case REMOVED -> removed.add(line);
                case ADDED -> added.add(line);
                case SAME -> {
                    pair(removed, added, rows);
                    rows.add(new Row(line, line));
                }
            }
        }
        pair(removed, added, rows);
        return Collections.unmodifiableList(rows);
    }

    private static void pair(List<Line> removed, List<Line> added, List<Row> rows) {
        int count = Math.max(removed.size(), added.size());
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i < removed.size() ? removed.get(i) : null, i < added.size() ? added.get(i) : null));
        }
        removed.clear();
        added.clear();
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    /** Gives equal lines equal numbers, so that the algorithm compares ints, not strings. */
    private static void intern(List<String> oldLines, List<String> newLines, int[] a, int[] b) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            a[i] = ids.computeIfAbsent(oldLines.get(i), key -> ids.size());
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = ids.computeIfAbsent(newLines.get(i), key -> ids.size());
        }
    }

    /**
     * Myers' greedy algorithm on a[aStart, aEnd) against b[bStart, bEnd), keeping the furthest
     * point of every diagonal after each step so that the path can be traced back. The stored
     * steps take (D + 1)² ints for an edit distance D, hence the limit. Where an insertion and a
     * deletion reach a diagonal equally far, the insertion is chosen; tracing back from the end,
     * that puts the removed lines of each changed block before its added lines.
     */
    private static void myers(
            List<String> oldLines,
            List<String> newLines,
            int[] a,
            int[] b,
            int aStart,
            int aEnd,
            int bStart,
            int bEnd,
            List<Line> out) {
        int n = aEnd - aStart;
        int m = bEnd - bStart;
        if (n == 0 && m == 0) {
            return;
        }
        int maxD = Math.min(n + m, MAX_EDIT_DISTANCE);
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= maxD && found < 0; d++) {
            int[] previous = d == 0 ? null : trace.get(d - 1);
            int[] current = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x = d == 0 ? 0 : startOf(previous, d - 1, k, n, m);
                if (x < 0) {
                    current[k + d] = -1;
                    continue;
                }
                int y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y]) {
                    x++;
                    y++;
                }
                current[k + d] = x;
                if (x == n && y == m) {
                    found = d;
                }
            }
            trace.add(current);
        }
        if (found < 0) {
            for (int i = aStart; i < aEnd; i++) {
                out.add(new Line(Kind.REMOVED, oldLines.get(i), i + 1, 0));
            }
            for (int j = bStart; j < bEnd; j++) {
                out.add(new Line(Kind.ADDED, newLines.get(j), 0, j + 1));
            }
            return;
        }

        List<Line> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int k = x - y;
            int[] previous = trace.get(d - 1);
            boolean down = isDown(previous, d - 1, k, n, m);
            int previousK = down ? k + 1 : k - 1;
            int previousX = previous[previousK + d - 1];
            int previousY = previousX - previousK;
            int snakeStartX = down ? previousX : previousX + 1;
            while (x > snakeStartX) {
                x--;
                y--;
                reversed.add(new Line(Kind.SAME, oldLines.get(aStart + x), aStart + x + 1, bStart + y + 1));
            }
            if (down) {
                reversed.add(new Line(Kind.ADDED, newLines.get(bStart + previousY), 0, bStart + previousY + 1));
            } else {
                reversed.add(new Line(Kind.REMOVED, oldLines.get(aStart + previousX), aStart + previousX + 1, 0));
            }
            x = previousX;
            y = previousY;
        }
        while (x > 0) {
            x--;
            y--;
            reversed.add(new Line(Kind.SAME, oldLines.get(aStart + x), aStart + x + 1, bStart + y + 1));
        }
        Collections.reverse(reversed);
        out.addAll(reversed);
    }

    /** Where diagonal k starts at step d + 1, or -1 when it cannot be reached inside the grid. */
    private static int startOf(int[] previous, int d, int k, int n, int m) {
        int down = downX(previous, d, k, m);
        int right = rightX(previous, d, k, n);
        return Math.max(down, right);
    }

    /** Whether step d + 1 reaches diagonal k by an insertion (down) rather than a deletion. */
    private static boolean isDown(int[] previous, int d, int k, int n, int m) {
        int down = downX(previous, d, k, m);
        return down >= 0 && down >= rightX(previous, d, k, n);
    }

    /** x after moving down (inserting a line) from diagonal k + 1, or -1 if impossible. */
    private static int downX(int[] previous, int d, int k, int m) {
        int from = k + 1;
        if (from < -d || from > d) {
            return -1;
        }
        int x = previous[from + d];
        return x >= 0 && x - k <= m ? x : -1;
    }

    /** x after moving right (removing a line) from diagonal k - 1, or -1 if impossible. */
    private static int rightX(int[] previous, int d, int k, int n) {
        int from = k - 1;
        if (from < -d || from > d) {
            return -1;
        }
        int x = previous[from + d];
        return x >= 0 && x + 1 <= n ? x + 1 : -1;
    }
}
