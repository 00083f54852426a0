package org.beaconportal.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.beaconportal.core.domain.TextDiff.Kind;
import org.beaconportal.core.domain.TextDiff.Line;
import org.beaconportal.core.domain.TextDiff.Row;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static Line same(String text, int oldNumber, int newNumber) {
        return new Line(Kind.SAME, text, oldNumber, newNumber);
    }

    private static Line added(String text, int newNumber) {
        return new Line(Kind.ADDED, text, 0, newNumber);
    }

    private static Line removed(String text, int oldNumber) {
        return new Line(Kind.REMOVED, text, oldNumber, 0);
    }

    @Test
    void identicalTextsAreAllSame() {
        assertEquals(
                List.of(same("a", 1, 1), same("b", 2, 2), same("c", 3, 3)), TextDiff.compare("a\nb\nc", "a\nb\nc"));
    }

    @Test
    void emptyTextsGiveNoLines() {
        assertEquals(List.of(), TextDiff.compare("", ""));
        assertEquals(List.of(), TextDiff.compare(null, null));
    }

    @Test
    void everythingIsAddedToAnEmptyText() {
        assertEquals(List.of(added("a", 1), added("b", 2)), TextDiff.compare("", "a\nb\n"));
        assertEquals(List.of(added("a", 1)), TextDiff.compare(null, "a"));
    }

    @Test
    void everythingIsRemovedToGiveAnEmptyText() {
        assertEquals(List.of(removed("a", 1), removed("b", 2)), TextDiff.compare("a\nb\n", ""));
    }

    @Test
    void pureInsertionsKeepBothNumberings() {
        assertEquals(
                List.of(
                        added("start", 1),
                        same("a", 1, 2),
                        added("x", 3),
                        added("y", 4),
                        same("b", 2, 5),
                        added("end", 6)),
                TextDiff.compare("a\nb", "start\na\nx\ny\nb\nend"));
    }

    @Test
    void pureDeletionsKeepBothNumberings() {
        assertEquals(
                List.of(removed("start", 1), same("a", 2, 1), removed("x", 3), same("b", 4, 2), removed("end", 5)),
                TextDiff.compare("start\na\nx\nb\nend", "a\nb"));
    }

    @Test
    void replacementInTheMiddleListsRemovalsBeforeAdditions() {
        assertEquals(
                List.of(
                        same("one", 1, 1),
                        removed("two", 2),
                        removed("three", 3),
                        added("TWO", 2),
                        added("THREE", 3),
                        added("THREE AND A HALF", 4),
                        same("four", 4, 5)),
                TextDiff.compare("one\ntwo\nthree\nfour", "one\nTWO\nTHREE\nTHREE AND A HALF\nfour"));
    }

    @Test
    void aFinalLineTerminatorDoesNotMakeADifference() {
        assertEquals(List.of(same("a", 1, 1), same("b", 2, 2)), TextDiff.compare("a\nb", "a\nb\n"));
    }

    @Test
    void anExtraEmptyLineAtTheEndIsAnAddedLine() {
        assertEquals(List.of(same("a", 1, 1), added("", 2)), TextDiff.compare("a\n", "a\n\n"));
    }

    @Test
    void windowsAndUnixLineEndingsCompareEqual() {
        assertEquals(List.of(same("a", 1, 1), same("b", 2, 2)), TextDiff.compare("a\r\nb\r\n", "a\nb\n"));
    }

    @Test
    void whitespaceInsideALineIsADifference() {
        assertEquals(List.of(removed("a b", 1), added("a  b", 1)), TextDiff.compare("a b", "a  b"));
    }

    @Test
    void repeatedLinesAreMatchedMinimally() {
        List<Line> lines = TextDiff.compare("a\nb\na\nb\na", "b\na\nb\na\nb");

        assertEquals(4, lines.stream().filter(l -> l.kind() == Kind.SAME).count());
        assertReconstructs("a\nb\na\nb\na", "b\na\nb\na\nb", lines);
    }

    @Test
    void randomEditsGiveAValidMinimalDiffWithRemovalsBeforeAdditions() {
        Random random = new Random(20240601L);
        for (int round = 0; round < 500; round++) {
            List<String> oldLines = randomLines(random, random.nextInt(15));
            List<String> newLines = mutate(random, oldLines);
            String oldText = String.join("\n", oldLines);
            String newText = String.join("\n", newLines);

            List<Line> lines = TextDiff.compare(oldText, newText);

            assertReconstructs(oldText, newText, lines);
            long same = lines.stream().filter(l -> l.kind() == Kind.SAME).count();
            assertEquals(lcsLength(oldLines, newLines), same, () -> oldText + " -> " + newText);
            for (int i = 1; i < lines.size(); i++) {
                boolean removedAfterAdded =
                        lines.get(i - 1).kind() == Kind.ADDED && lines.get(i).kind() == Kind.REMOVED;
                assertFalse(removedAfterAdded, () -> "removed after added: " + oldText + " -> " + newText);
            }
        }
    }

    @Test
    void aLargeDocumentWithSmallChangesIsComparedQuicklyAndExactly() {
        List<String> oldLines =
                IntStream.rangeClosed(1, 5000).mapToObj(i -> "line " + i).collect(Collectors.toList());
        List<String> newLines = new ArrayList<>(oldLines);
        newLines.set(99, "line 100 changed"); // old 100
        newLines.remove(2999); // old 3000
        newLines.add(1000, "inserted after old line 1000");
        newLines.set(newLines.indexOf("line 4899"), "line 4899 changed"); // old and new 4899
        String oldText = String.join("\n", oldLines) + "\n";
        String newText = String.join("\n", newLines) + "\n";

        List<Line> lines = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TextDiff.compare(oldText, newText));

        assertReconstructs(oldText, newText, lines);
        assertEquals(
                List.of(
                        removed("line 100", 100),
                        added("line 100 changed", 100),
                        added("inserted after old line 1000", 1001),
                        removed("line 3000", 3000),
                        removed("line 4899", 4899),
                        added("line 4899 changed", 4899)),
                lines.stream().filter(l -> l.kind() != Kind.SAME).toList());
        assertEquals(same("line 5000", 5000, 5000), lines.get(lines.size() - 1));
    }

    @Test
    void completelyDifferentLargeDocumentsFallBackToRemoveAllThenAddAll() {
        String oldText = IntStream.range(0, 3000).mapToObj(i -> "old " + i).collect(Collectors.joining("\n"));
        String newText = IntStream.range(0, 3000).mapToObj(i -> "new " + i).collect(Collectors.joining("\n"));
        String oldDocument = "title\n" + oldText + "\nfooter";
        String newDocument = "title\n" + newText + "\nfooter";

        List<Line> lines =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TextDiff.compare(oldDocument, newDocument));

        assertReconstructs(oldDocument, newDocument, lines);
        assertEquals(same("title", 1, 1), lines.get(0));
        assertEquals(removed("old 0", 2), lines.get(1));
        assertEquals(removed("old 2999", 3001), lines.get(3000));
        assertEquals(added("new 0", 2), lines.get(3001));
        assertEquals(same("footer", 3002, 3002), lines.get(lines.size() - 1));
    }

    @Test
    void sideBySidePairsRemovedAndAddedRuns() {
        List<Line> lines = TextDiff.compare("a\nb\nc\nd\ne", "a\nB\nC\nX\ne\nf");

        List<Row> rows = TextDiff.sideBySide(lines);

        assertEquals(
                List.of(
                        new Row(same("a", 1, 1), same("a", 1, 1)),
                        new Row(removed("b", 2), added("B", 2)),
                        new Row(removed("c", 3), added("C", 3)),
                        new Row(removed("d", 4), added("X", 4)),
                        new Row(same("e", 5, 5), same("e", 5, 5)),
                        new Row(null, added("f", 6))),
                rows);
        assertFalse(rows.get(0).changed());
        assertTrue(rows.get(1).changed());
        assertTrue(rows.get(5).changed());
    }

    @Test
    void sideBySideLeavesTheMissingSideEmpty() {
        List<Row> rows = TextDiff.sideBySide(TextDiff.compare("a\nb\nc\nz", "A\nz"));

        assertEquals(4, rows.size());
        assertEquals(removed("a", 1), rows.get(0).left());
        assertEquals(added("A", 1), rows.get(0).right());
        assertEquals(removed("b", 2), rows.get(1).left());
        assertNull(rows.get(1).right());
        assertEquals(removed("c", 3), rows.get(2).left());
        assertNull(rows.get(2).right());
        assertSame(rows.get(3).left(), rows.get(3).right());
    }

    @Test
    void sideBySideOfNothingIsNothing() {
        assertEquals(List.of(), TextDiff.sideBySide(List.of()));
    }

    @Test
    void linesRejectNumbersThatDoNotFitTheirKind() {
        assertThrows(IllegalArgumentException.class, () -> new Line(Kind.ADDED, "x", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Line(Kind.REMOVED, "x", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Line(Kind.SAME, "x", 1, 0));
        assertThrows(NullPointerException.class, () -> new Line(Kind.SAME, null, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Row(null, null));
    }

    @Test
    void resultIsReadOnly() {
        List<Line> lines = TextDiff.compare("a", "b");

        assertThrows(UnsupportedOperationException.class, () -> lines.add(same("c", 1, 1)));
    }

    /** The SAME and REMOVED lines give the old text, SAME and ADDED the new, numbered 1, 2, 3... */
    private static void assertReconstructs(String oldText, String newText, List<Line> lines) {
        List<String> oldLines = oldText.lines().toList();
        List<String> newLines = newText.lines().toList();
        int oldNumber = 0;
        int newNumber = 0;
        for (Line line : lines) {
            if (line.kind() != Kind.ADDED) {
                oldNumber++;
                assertEquals(oldNumber, line.oldNumber(), line::toString);
                assertEquals(oldLines.get(oldNumber - 1), line.text(), line::toString);
            }
            if (line.kind() != Kind.REMOVED) {
                newNumber++;
                assertEquals(newNumber, line.newNumber(), line::toString);
                assertEquals(newLines.get(newNumber - 1), line.text(), line::toString);
            }
        }
        assertEquals(oldLines.size(), oldNumber);
        assertEquals(newLines.size(), newNumber);
    }

    private static List<String> randomLines(Random random, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    private static List<String> mutate(Random random, List<String> lines) {
        List<String> result = new ArrayList<>(lines);
        int edits = random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int operation = random.nextInt(3);
            if (operation == 0 || result.isEmpty()) {
                result.add(random.nextInt(result.size() + 1), String.valueOf((char) ('a' + random.nextInt(5))));
            } else if (operation == 1) {
                result.remove(random.nextInt(result.size()));
            } else {
                result.set(random.nextInt(result.size()), String.valueOf((char) ('a' + random.nextInt(5))));
            }
        }
        return result;
    }

    private static int lcsLength(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j))
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
