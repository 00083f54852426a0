package org.beaconportal.core.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatelessPublicViewsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/resources.xhtml", "/publications/detail.xhtml", "/administration.xhtml"})
    void viewsOutsideStaffAndCompanyAreasArePublic(String viewId) {
        assertTrue(StatelessPublicViews.isPublic(viewId), viewId);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/admin/index.xhtml", "/admin/modules.xhtml", "/company/index.xhtml", "/company/reports.xhtml"})
    void staffAndCompanyViewsAreNotPublic(String viewId) {
        assertFalse(StatelessPublicViews.isPublic(viewId), viewId);
    }

    @Test
    void missingViewIdIsNotPublic() {
        assertFalse(StatelessPublicViews.isPublic(null));
    }
}
