package org.beaconportal.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CleanUrlViewHandlerTest {

    @Test
    void stripsXhtml() {
        assertEquals("/admin/modules", CleanUrlViewHandler.rewrite("/admin/modules.xhtml", "", Language.EN));
    }

    @Test
    void stripsIndex() {
        assertEquals("/admin", CleanUrlViewHandler.rewrite("/admin/index.xhtml", "", Language.EN));
        assertEquals("/", CleanUrlViewHandler.rewrite("/index.xhtml", "", Language.EN));
    }

    @Test
    void keepsQueryAndFragment() {
        assertEquals(
                "/admin/users?page=2&sort=name#results",
                CleanUrlViewHandler.rewrite("/admin/users.xhtml?page=2&sort=name#results", "", Language.EN));
        assertEquals("/admin/users#top", CleanUrlViewHandler.rewrite("/admin/users.xhtml#top", "", Language.EN));
    }

    @Test
    void ignoresXhtmlInTheQuery() {
        assertEquals(
                "/admin/users?from=/index.xhtml",
                CleanUrlViewHandler.rewrite("/admin/users.xhtml?from=/index.xhtml", "", Language.EN));
    }

    @Test
    void addsSpanishPrefix() {
        assertEquals("/es/admin/modules", CleanUrlViewHandler.rewrite("/admin/modules.xhtml", "", Language.ES));
        assertEquals("/es/", CleanUrlViewHandler.rewrite("/index.xhtml", "", Language.ES));
        assertEquals("/es/resources?q=water", CleanUrlViewHandler.rewrite("/resources.xhtml?q=water", "", Language.ES));
    }

    @Test
    void leavesUrlsThatAreNotXhtmlUnchanged() {
        assertEquals("/admin/modules", CleanUrlViewHandler.rewrite("/admin/modules", "", Language.ES));
        assertEquals(
                "/jakarta.faces.resource/core.js?ln=primefaces",
                CleanUrlViewHandler.rewrite("/jakarta.faces.resource/core.js?ln=primefaces", "", Language.ES));
    }

    @Test
    void leavesUrlsOutsideTheContextPathUnchanged() {
        assertEquals("/other/page.xhtml", CleanUrlViewHandler.rewrite("/other/page.xhtml", "/beacon", Language.ES));
    }

    @Test
    void leavesUrlsOfASiblingContextPathUnchanged() {
        assertEquals("/beaconx/page.xhtml", CleanUrlViewHandler.rewrite("/beaconx/page.xhtml", "/beacon", Language.ES));
    }

    @Test
    void worksWithANonEmptyContextPath() {
        assertEquals(
                "/beacon/admin/modules",
                CleanUrlViewHandler.rewrite("/beacon/admin/modules.xhtml", "/beacon", Language.EN));
        assertEquals(
                "/beacon/es/admin/modules?x=1",
                CleanUrlViewHandler.rewrite("/beacon/admin/modules.xhtml?x=1", "/beacon", Language.ES));
        assertEquals("/beacon/", CleanUrlViewHandler.rewrite("/beacon/index.xhtml", "/beacon", Language.EN));
        assertEquals("/beacon/es/", CleanUrlViewHandler.rewrite("/beacon/index.xhtml", "/beacon", Language.ES));
    }
}
