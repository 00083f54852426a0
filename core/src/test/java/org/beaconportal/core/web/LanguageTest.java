package org.beaconportal.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void rootIsEnglishRoot() {
        assertEquals(new Language.Split(Language.EN, "/"), Language.split("/"));
    }

    @Test
    void emptyPathIsEnglishRoot() {
        assertEquals(new Language.Split(Language.EN, "/"), Language.split(""));
    }

    @Test
    void esIsSpanishRoot() {
        assertEquals(new Language.Split(Language.ES, "/"), Language.split("/es"));
    }

    @Test
    void esWithTrailingSlashIsSpanishRoot() {
        assertEquals(new Language.Split(Language.ES, "/"), Language.split("/es/"));
    }

    @Test
    void esPrefixIsTakenOffASpanishPath() {
        assertEquals(new Language.Split(Language.ES, "/resources"), Language.split("/es/resources"));
    }

    @Test
    void pathMerelyStartingWithEsIsEnglish() {
        assertEquals(new Language.Split(Language.EN, "/esx"), Language.split("/esx"));
    }

    @Test
    void pathWithoutPrefixIsEnglishAndUnchanged() {
        assertEquals(new Language.Split(Language.EN, "/resources"), Language.split("/resources"));
    }

    @Test
    void esLaterInThePathIsNotAPrefix() {
        assertEquals(new Language.Split(Language.EN, "/resources/es"), Language.split("/resources/es"));
    }

    @Test
    void englishLocalizeLeavesPathsAlone() {
        assertEquals("/", Language.EN.localize("/"));
        assertEquals("/resources", Language.EN.localize("/resources"));
    }

    @Test
    void spanishLocalizeAddsThePrefix() {
        assertEquals("/es/", Language.ES.localize("/"));
        assertEquals("/es/resources", Language.ES.localize("/resources"));
    }

    @Test
    void localizeThenSplitGivesBackLanguageAndPath() {
        for (Language language : Language.values()) {
            for (String path : new String[] {"/", "/resources", "/admin/modules"}) {
                assertEquals(new Language.Split(language, path), Language.split(language.localize(path)));
            }
        }
    }

    @Test
    void ofCodeIgnoresCaseAndRejectsUnknownCodes() {
        assertEquals(Optional.of(Language.ES), Language.ofCode("ES"));
        assertEquals(Optional.of(Language.EN), Language.ofCode("en"));
        assertEquals(Optional.empty(), Language.ofCode("fr"));
    }

    @Test
    void localeMatchesTheCode() {
        assertEquals("en", Language.EN.locale().getLanguage());
        assertEquals("es", Language.ES.locale().getLanguage());
    }
}
