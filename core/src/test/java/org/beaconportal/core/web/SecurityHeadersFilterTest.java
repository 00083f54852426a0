package org.beaconportal.core.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersFilterTest {

    private static HttpServletRequest requestWithHeaders(Map<String, String> headers) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        return byName.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-origin", "none", "Same-Origin", "NONE"})
    void fetchSiteOfSameOriginOrUserActionIsNotCrossSite(String fetchSite) {
        HttpServletRequest request =
                requestWithHeaders(Map.of("Sec-Fetch-Site", fetchSite, "Origin", "https://evil.example"));

        assertFalse(SecurityHeadersFilter.isCrossSite(request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-site", "cross-site", "Cross-Site"})
    void fetchSiteOfAnotherSiteIsCrossSite(String fetchSite) {
        HttpServletRequest request = requestWithHeaders(
                Map.of("Sec-Fetch-Site", fetchSite, "Origin", "https://portal.example", "Host", "portal.example"));

        assertTrue(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void originMatchingHostIsNotCrossSite() {
        HttpServletRequest request =
                requestWithHeaders(Map.of("Origin", "https://portal.example", "Host", "portal.example"));

        assertFalse(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void originMatchingHostWithPortIsNotCrossSite() {
        HttpServletRequest request =
                requestWithHeaders(Map.of("Origin", "http://localhost:9080", "Host", "localhost:9080"));

        assertFalse(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void originMatchingHostIgnoresCase() {
        HttpServletRequest request =
                requestWithHeaders(Map.of("Origin", "https://Portal.Example", "Host", "portal.example"));

        assertFalse(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void originOfAnotherHostIsCrossSite() {
        HttpServletRequest request =
                requestWithHeaders(Map.of("Origin", "https://evil.example", "Host", "portal.example"));

        assertTrue(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void originOnAnotherPortIsCrossSite() {
        HttpServletRequest request =
                requestWithHeaders(Map.of("Origin", "http://localhost:8080", "Host", "localhost:9080"));

        assertTrue(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void nullOriginIsCrossSite() {
        HttpServletRequest request = requestWithHeaders(Map.of("Origin", "null", "Host", "portal.example"));

        assertTrue(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void originWithoutHostIsCrossSite() {
        HttpServletRequest request = requestWithHeaders(Map.of("Origin", "https://portal.example"));

        assertTrue(SecurityHeadersFilter.isCrossSite(request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://portal example", "https://", "portal.example"})
    void malformedOriginIsCrossSite(String origin) {
        HttpServletRequest request = requestWithHeaders(Map.of("Origin", origin, "Host", "portal.example"));

        assertTrue(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void requestWithoutFetchSiteOrOriginIsNotCrossSite() {
        HttpServletRequest request = requestWithHeaders(Map.of("Host", "portal.example"));

        assertFalse(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void requestWithoutAnyHeadersIsNotCrossSite() {
        HttpServletRequest request = requestWithHeaders(Map.of());

        assertFalse(SecurityHeadersFilter.isCrossSite(request));
    }

    @Test
    void unsubscribeAcceptsCrossSitePosts() {
        assertTrue(SecurityHeadersFilter.crossSiteAllowed("/api/v1/newsletter/unsubscribe"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/newsletter/unsubscribe/abc.def",
                "/api/v1/newsletter/unsubscribeAll",
                "/api/v1/newsletter/unsubscribe/..;/..;/admin/x"
            })
    void onlyTheExactUnsubscribePathAcceptsCrossSitePosts(String path) {
        assertFalse(SecurityHeadersFilter.crossSiteAllowed(path), path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/login",
                "/admin/users",
                "/api/v1/newsletter/subscribe",
                "/api/v1/newsletter",
                "/es/api/v1/newsletter/unsubscribe"
            })
    void otherPathsRefuseCrossSitePosts(String path) {
        assertFalse(SecurityHeadersFilter.crossSiteAllowed(path), path);
    }

    @Test
    void onlyEmbedPathsMayBeFramedAndOnlyByTheirOwnPolicy() {
        assertTrue(SecurityHeadersFilter.isEmbeddable("/embed/statistics/chart/7"));
        assertFalse(SecurityHeadersFilter.isEmbeddable("/statistics/embed/7"));
        assertFalse(SecurityHeadersFilter.isEmbeddable("/embedded"));
        assertTrue(SecurityHeadersFilter.EMBED_POLICY.contains("frame-ancestors *"));
        assertFalse(SecurityHeadersFilter.EMBED_POLICY.contains("'none'; frame"));
        assertTrue(SecurityHeadersFilter.STRICT_POLICY.endsWith("frame-ancestors 'none'"));
    }
}
