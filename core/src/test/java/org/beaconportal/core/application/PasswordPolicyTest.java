package org.beaconportal.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("correct horse battery staple", "alice"));
    }

    @Test
    void acceptsExactlyTheMinimumLength() {
        String password = "abcdefghijkl";

        assertEquals(PasswordPolicy.MIN_LENGTH, password.length());
        assertEquals(Optional.empty(), PasswordPolicy.violation(password, "alice"));
    }

    @Test
    void rejectsOneCharacterBelowTheMinimumAsTooShort() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("abcdefghijk", "alice"));
    }

    @Test
    void rejectsNullAsTooShort() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(null, "alice"));
    }

    @Test
    void acceptsExactlyTheMaximumLength() {
        String password = "abcd".repeat(PasswordPolicy.MAX_LENGTH / 4);

        assertEquals(PasswordPolicy.MAX_LENGTH, password.length());
        assertEquals(Optional.empty(), PasswordPolicy.violation(password, "alice"));
    }

    @Test
    void rejectsOneCharacterAboveTheMaximumAsTooLong() {
        String password = "abcd".repeat(PasswordPolicy.MAX_LENGTH / 4) + "e";

        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation(password, "alice"));
    }

    @Test
    void rejectsARepeatedCharacterAsTooSimple() {
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("aaaaaaaaaaaaaaaa", "alice"));
    }

    @Test
    void rejectsThreeDistinctCharactersAsTooSimple() {
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("abcabcabcabcabc", "alice"));
    }

    @Test
    void acceptsFourDistinctCharacters() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("abcdabcdabcd", "alice"));
    }

    @Test
    void rejectsTheUserNameIgnoringCase() {
        assertEquals(
                Optional.of("password.sameAsUsername"), PasswordPolicy.violation("Coalition.Admin", "coalition.admin"));
    }

    @Test
    void acceptsAnyGoodPasswordWhenThereIsNoUserName() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("coalition.admin", null));
    }
}
