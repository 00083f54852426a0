package org.beaconportal.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortalRoutingFilterTest {

    @ParameterizedTest
    @CsvSource({
        "/admin/modules.xhtml, /admin/modules",
        "/admin/index.xhtml, /admin",
        "/index.xhtml, /",
        "/admin/index, /admin",
        "/admin/modules/, /admin/modules",
        "/admin/modules, /admin/modules",
        "/, /",
        "'', /",
        "/reindex.xhtml, /reindex"
    })
    void cleanPathDropsXhtmlIndexAndTrailingSlash(String path, String expected) {
        assertEquals(expected, PortalRoutingFilter.cleanPath(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/jakarta.faces.resource/theme.css.xhtml",
                "/jakarta.faces.resource/core.js",
                "/api/v1/modules",
                "/health",
                "/health/ready",
                "/metrics",
                "/openapi/ui",
                "/static/logo",
                "/favicon.ico",
                "/robots.txt",
                "/css/site.css",
                "/es/img/logo.png"
            })
    void passesThroughResourcesApisHealthAndStaticFiles(String path) {
        assertTrue(PortalRoutingFilter.isPassThrough(path), path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/es",
                "/es/resources",
                "/admin/modules",
                "/admin/modules.xhtml",
                "/index.xhtml",
                "/es/index.xhtml",
                "/healthy",
                "/api",
                "/v1.2/notes"
            })
    void routesPortalPagesAndXhtml(String path) {
        assertFalse(PortalRoutingFilter.isPassThrough(path), path);
    }

    @Test
    void xhtmlIsNotPassThroughEvenThoughItHasAnExtension() {
        assertTrue(PortalRoutingFilter.isPassThrough("/admin/modules.html"));
        assertFalse(PortalRoutingFilter.isPassThrough("/admin/modules.xhtml"));
    }
}
