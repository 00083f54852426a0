package org.beaconportal.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NavigationEntryTest {

    @Test
    void keepsItsValues() {
        NavigationEntry entry = new NavigationEntry("publications.nav.catalog", "/publications", 30);

        assertEquals("publications.nav.catalog", entry.labelKey());
        assertEquals("/publications", entry.path());
        assertEquals(30, entry.order());
    }

    @Test
    void rejectsPathWithoutLeadingSlash() {
        assertThrows(IllegalArgumentException.class, () -> new NavigationEntry("key", "publications", 1));
    }

    @Test
    void rejectsEmptyPath() {
        assertThrows(IllegalArgumentException.class, () -> new NavigationEntry("key", "", 1));
    }

    @Test
    void rejectsNullLabelKeyAndPath() {
        assertThrows(NullPointerException.class, () -> new NavigationEntry(null, "/publications", 1));
        assertThrows(NullPointerException.class, () -> new NavigationEntry("key", null, 1));
    }
}
