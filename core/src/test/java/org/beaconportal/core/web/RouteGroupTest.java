package org.beaconportal.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteGroupTest {

    @ParameterizedTest
    @CsvSource({
        "/, PUBLIC",
        "'', PUBLIC",
        "/es, PUBLIC",
        "/es/, PUBLIC",
        "/search, PUBLIC",
        "/es/search, PUBLIC",
        "/pages/rights-of-survivors, PUBLIC",
        "/resources/hotlines, PUBLIC",
        "/newsletter/confirm, PUBLIC",
        "/embed/statistics/chart/12, PUBLIC",
        "/administration-guide, PUBLIC",
        "/companyfaq, PUBLIC",
        "/admin, STAFF",
        "/admin/content/12, STAFF",
        "/es/admin/newsletter/subscribers, STAFF",
        "/admin/index.xhtml, STAFF",
        "/login, STAFF",
        "/es/login, STAFF",
        "/login.xhtml, STAFF",
        "/logout, STAFF",
        "/company, COMPANY",
        "/es/company/assessments/3, COMPANY",
        "/company/report.pdf, COMPANY",
        "/api/v1/content, API",
        "/api, API",
        "/oai, API",
        "/jakarta.faces.resource/theme.css.xhtml, STATIC",
        "/static/beacon.css, STATIC",
        "/files/ab12/report.pdf, STATIC",
        "/robots.txt, STATIC",
        "/sitemap.xml, STATIC",
        "/feed.atom, STATIC",
        "/es/feed.atom, STATIC",
        "/pages/about.xhtml, PUBLIC"
    })
    void classifiesPathsInBothLanguages(String path, RouteGroup expected) {
        assertEquals(expected, RouteGroup.of(path));
    }

    @Test
    void aMissingPathIsAPublicPage() {
        assertEquals(RouteGroup.PUBLIC, RouteGroup.of(null));
    }

    @Test
    void labelsAreAFixedSetOfLowerCaseWords() {
        Set<String> labels =
                Arrays.stream(RouteGroup.values()).map(RouteGroup::label).collect(Collectors.toSet());
        assertEquals(Set.of("public", "staff", "company", "api", "static"), labels);
    }
}
