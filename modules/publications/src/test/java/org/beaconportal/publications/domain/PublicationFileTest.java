package org.beaconportal.publications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicationFileTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aSectionNeedsATitleAndAForwardPageRange() {
        assertThrows(
                IllegalArgumentException.class, () -> PublicationFile.section(1, 2, "a.pdf", 10, " ", 1, 2, 1, NOW));
        assertThrows(
                IllegalArgumentException.class, () -> PublicationFile.section(1, 2, "a.pdf", 10, "Part", 5, 4, 1, NOW));
        assertThrows(
                IllegalArgumentException.class, () -> PublicationFile.section(1, 2, "a.pdf", 10, "Part", 0, 4, 1, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> PublicationFile.section(1, 2, "a.pdf", 10, "Part", 3, null, 1, NOW));

        PublicationFile part = PublicationFile.section(1, 2, "a.pdf", 10, " Part one ", 3, 14, 1, NOW);
        assertEquals("Part one", part.getTitle());
        assertEquals("3–14", part.getPageRange());
        assertEquals(TextStatus.PENDING, part.getTextStatus());
    }

    @Test
    void extractionOutcomesAreRecorded() {
        PublicationFile main = PublicationFile.main(1, 2, "report.pdf", 1000, NOW);

        main.failed("publications.file.damaged", NOW);
        assertEquals(TextStatus.FAILED, main.getTextStatus());
        assertEquals("publications.file.damaged", main.getTextFailure());

        main.retry();
        assertEquals(TextStatus.PENDING, main.getTextStatus());
        main.extracted("Some text", 12, 99L, "report-page-1.png", NOW);
        assertEquals(TextStatus.EXTRACTED, main.getTextStatus());
        assertEquals(12, main.getPageCount());
        assertNull(main.getTextFailure());
        assertEquals("/files/99/report-page-1.png", main.getThumbnailPath());
        assertEquals("/files/2/report.pdf", main.getFilePath());
    }

    @Test
    void aCoverHasNoText() {
        PublicationFile cover = PublicationFile.cover(1, 2, "cover.png", 1000, NOW);

        assertEquals(TextStatus.NOT_APPLICABLE, cover.getTextStatus());
        assertThrows(IllegalStateException.class, () -> cover.extracted("x", 1, null, null, NOW));
    }
}
