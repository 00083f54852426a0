package org.beaconportal.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileServletTest {

    @Test
    void parsesOriginalAndVariantAddresses() {
        assertEquals(Optional.of(new FileServlet.FileRequest(12, null, "map.png")), FileServlet.parse("/12/map.png"));
        assertEquals(
                Optional.of(new FileServlet.FileRequest(12, "thumb", "map.png")),
                FileServlet.parse("/12/thumb/map.png"));
        assertEquals(Optional.of(new FileServlet.FileRequest(7, null, "README")), FileServlet.parse("/7/README"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "/", "/12", "/12/", "/abc/x.png", "/12/THUMB/x.png", "/12/a/b/c.png", "/12/..", "/12/."})
    void refusesAnythingElse(String path) {
        assertTrue(FileServlet.parse(path).isEmpty(), path);
        assertTrue(FileServlet.parse(null).isEmpty());
    }

    @Test
    void neverServesMarkupTypes() {
        assertEquals("application/octet-stream", FileServlet.safeContentType("text/html"));
        assertEquals("application/octet-stream", FileServlet.safeContentType("image/svg+xml"));
        assertEquals("application/octet-stream", FileServlet.safeContentType(""));
        assertEquals("image/png", FileServlet.safeContentType("image/png"));
    }

    @Test
    void imagesAndPdfAreInlineTheRestAttachments() {
        assertTrue(FileServlet.isInline("image/jpeg"));
        assertTrue(FileServlet.isInline("application/pdf"));
        assertFalse(FileServlet.isInline("text/csv; charset=utf-8"));
        assertEquals(
                "attachment; filename=\"cases.csv\"; filename*=UTF-8''cases.csv",
                FileServlet.contentDisposition(false, "cases.csv"));
        assertEquals(
                "inline; filename=\"a_b.png\"; filename*=UTF-8''a%22b.png",
                FileServlet.contentDisposition(true, "a\"b.png"));
    }
}
