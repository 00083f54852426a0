package org.beaconportal.publications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CatalogQueryTest {

    @Test
    void relevanceNeedsWordsAndPagesAreBounded() {
        CatalogQuery noText =
                new CatalogQuery("  ", null, null, null, null, "fr", CatalogQuery.Sort.RELEVANCE, -3, "de");

        assertNull(noText.text());
        assertNull(noText.language(), "unknown languages mean any");
        assertEquals(CatalogQuery.Sort.DATE, noText.sort());
        assertEquals(0, noText.page());
        assertEquals("en", noText.readerLanguage());

        CatalogQuery words = new CatalogQuery(" wages ", null, null, null, null, "es", null, 5000, "es");
        assertEquals("wages", words.text());
        assertEquals(CatalogQuery.Sort.RELEVANCE, words.sort());
        assertEquals(CatalogQuery.MAX_PAGE, words.page());
    }

    @Test
    void sortKeysRoundTrip() {
        for (CatalogQuery.Sort sort : CatalogQuery.Sort.values()) {
            assertEquals(sort, CatalogQuery.Sort.fromKey(sort.getKey(), true));
        }
        assertEquals(CatalogQuery.Sort.DATE, CatalogQuery.Sort.fromKey("nonsense", false));
    }
}
