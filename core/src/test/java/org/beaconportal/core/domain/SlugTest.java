package org.beaconportal.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "labour-trafficking", "2024-annual-report", "a-b-c-1-2-3"})
    void acceptsValidSlugsUnchanged(String value) {
        assertEquals(value, Slug.of(value).value());
    }

    @Test
    void acceptsExactlyTheMaximumLength() {
        String value = "a".repeat(Slug.MAX_LENGTH);

        assertEquals(value, Slug.of(value).value());
    }

    @Test
    void rejectsOneCharacterAboveTheMaximumLength() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Slug.of("a".repeat(Slug.MAX_LENGTH + 1)));

        assertTrue(e.getMessage().contains("at most 120"), e.getMessage());
    }

    @Test
    void rejectsNullAndEmpty() {
        assertThrows(IllegalArgumentException.class, () -> Slug.of(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Slug.of(""));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Labour",
                "labour trafficking",
                "labour--trafficking",
                "-labour",
                "labour-",
                "-",
                "niño",
                "labour_trafficking",
                "labour.html",
                "a/b",
                " labour",
                "labour\n"
            })
    void rejectsMalformedSlugsWithAMessageNamingTheValueAndTheRule(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Slug.of(value));

        assertTrue(e.getMessage().contains(value), e.getMessage());
        assertTrue(e.getMessage().contains("lower-case letters"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Niños y niñas: explotación | ninos-y-ninas-explotacion",
                "Labour Trafficking | labour-trafficking",
                "  --Hello,   World!--  | hello-world",
                "Ça va? Öl & Straße | ca-va-ol-strasse",
                "Łódź 2024 | lodz-2024",
                "Forced labour (ILO C029) | forced-labour-ilo-c029",
                "Ærø Œuvre Þing | aero-oeuvre-thing",
                "Crème brûlée à la carte | creme-brulee-a-la-carte",
                "İstanbul | istanbul",
                "a_b.c/d | a-b-c-d",
                "Trabajo 强迫劳动 forzoso | trabajo-forzoso"
            })
    void generatesFromTitles(String title, String expected) {
        assertEquals(expected, Slug.fromTitle(title).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"¿¡!?", "强迫劳动", "", "   ", "---", "Привет мир", "🙂"})
    void fallsBackToItemWhenNothingUsableIsLeft(String title) {
        assertEquals("item", Slug.fromTitle(title).value());
    }

    @Test
    void generatedSlugsAreAlwaysValid() {
        String[] titles = {"Niños", "x".repeat(500), "a b ".repeat(100), "¿¡!?", "émigré—exilé", "ab-".repeat(60)};
        for (String title : titles) {
            String value = Slug.fromTitle(title).value();
            assertEquals(value, Slug.of(value).value(), title);
        }
    }

    @Test
    void truncatesLongTitlesAtAWordBoundary() {
        String title = "word ".repeat(30); // word-word-... is 149 characters

        String value = Slug.fromTitle(title).value();

        assertTrue(value.length() <= Slug.MAX_GENERATED_LENGTH, value);
        assertTrue(value.endsWith("word"), value);
        assertEquals("word-".repeat(15) + "word", value); // 79 characters, the longest whole-word cut
    }

    @Test
    void keepsAWholeWordThatEndsExactlyAtTheLimit() {
        String first = "a".repeat(79); // the 80-character cut ends with the hyphen, which is dropped
        String title = "b".repeat(40) + " " + "c".repeat(39) + " tail";

        assertEquals(
                "b".repeat(40) + "-" + "c".repeat(39), Slug.fromTitle(title).value());
        assertEquals(first, Slug.fromTitle(first + " z").value());
    }

    @Test
    void cutsASingleLongWordAtTheLimit() {
        assertEquals("x".repeat(80), Slug.fromTitle("x".repeat(200)).value());
    }

    @Test
    void appendsANumberForUniqueness() {
        assertEquals("x-2", Slug.of("x").withSuffix(2).value());
        assertEquals(
                "labour-trafficking-13",
                Slug.of("labour-trafficking").withSuffix(13).value());
    }

    @Test
    void suffixedSlugsNeverExceedTheMaximumLength() {
        Slug longest = Slug.of("abcd-".repeat(23) + "abcd"); // 119 characters

        Slug suffixed = longest.withSuffix(12345);

        assertTrue(suffixed.value().length() <= Slug.MAX_LENGTH, suffixed.value());
        assertTrue(suffixed.value().endsWith("-abcd-12345"), suffixed.value());
        assertEquals(suffixed, Slug.of(suffixed.value()));
    }

    @Test
    void suffixedLongSingleWordIsCutHard() {
        Slug suffixed = Slug.of("z".repeat(120)).withSuffix(2);

        assertEquals("z".repeat(118) + "-2", suffixed.value());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 0, -1})
    void rejectsSuffixesBelowTwo(int n) {
        assertThrows(IllegalArgumentException.class, () -> Slug.of("x").withSuffix(n));
    }

    @Test
    void rejectsNullTitle() {
        assertThrows(NullPointerException.class, () -> Slug.fromTitle(null));
    }

    @Test
    void equalityHashCodeAndToStringFollowTheValue() {
        Slug one = Slug.of("labour-trafficking");
        Slug same = Slug.fromTitle("Labour trafficking");
        Slug other = Slug.of("labour");

        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, other);
        assertNotEquals(one, "labour-trafficking");
        assertEquals("labour-trafficking", one.toString());
    }
}
