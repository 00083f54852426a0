package org.beaconportal.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.beaconportal.core.spi.HomeWidget.Width;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HomeWidgetTest {

    @Test
    void keepsItsValues() {
        HomeWidget widget = new HomeWidget("latest", "/publications/widgets/latest.xhtml", 20, Width.HALF);

        assertEquals("latest", widget.id());
        assertEquals("/publications/widgets/latest.xhtml", widget.fragment());
        assertEquals(20, widget.order());
        assertEquals(Width.HALF, widget.width());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"publications/widgets/latest.xhtml", "/publications/widgets/latest.html", "/widgets/latest", ""})
    void rejectsFragmentsThatAreNotAbsoluteXhtmlPaths(String fragment) {
        assertThrows(IllegalArgumentException.class, () -> new HomeWidget("latest", fragment, 1, Width.FULL));
    }

    @Test
    void rejectsNullArguments() {
        assertThrows(NullPointerException.class, () -> new HomeWidget(null, "/w.xhtml", 1, Width.FULL));
        assertThrows(NullPointerException.class, () -> new HomeWidget("latest", null, 1, Width.FULL));
        assertThrows(NullPointerException.class, () -> new HomeWidget("latest", "/w.xhtml", 1, null));
    }
}
