package org.beaconportal.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markupCharactersBecomeEntitiesAndOtherTextStays() {
        assertEquals(
                "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Trata &amp; explotación&lt;/a&gt;",
                HtmlText.escape("<a href=\"x\" title='y'>Trata & explotación</a>"));
    }

    @Test
    void nothingGivesEmptyText() {
        assertEquals("", HtmlText.escape(null));
        assertEquals("", HtmlText.escape(""));
    }
}
