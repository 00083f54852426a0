package org.beaconportal.publications.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentsTest {

    private final PdfDocuments pdfs = new PdfDocuments();

    @TempDir
    Path dir;

    private static final List<SimplePdfWriter.Section> SECTIONS = List.of(
            new SimplePdfWriter.Section(
                    "Findings", List.of("Workers described withheld wages in the zanthoxylum harvest.")),
            new SimplePdfWriter.Section("Años y señales", List.of("Señales de alerta en español.")));

    @Test
    void textPagesAndThumbnailComeOutOfAWrittenPdf() throws Exception {
        Path pdf = write("report.pdf", SimplePdfWriter.write("Hidden hands", "On farms", "Coalition, 2024", SECTIONS));

        pdfs.check(pdf);
        PdfDocuments.Extraction extraction = pdfs.extract(pdf);

        assertEquals(3, extraction.pages());
        assertTrue(extraction.text().contains("zanthoxylum"), extraction.text());
        assertTrue(extraction.text().contains("Señales de alerta"), extraction.text());
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(extraction.thumbnailPng()));
        assertEquals(PdfDocuments.THUMBNAIL_WIDTH, thumbnail.getWidth());
        assertTrue(thumbnail.getHeight() > thumbnail.getWidth(), "a letter page is portrait");
        assertEquals(1, SimplePdfWriter.pagesOf(SECTIONS.get(0)));
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        byte[] plain = SimplePdfWriter.write("Secret", null, "x", SECTIONS);
        Path encrypted = dir.resolve("secret.pdf");
        try (PDDocument document = Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(encrypted.toFile());
        }

        PdfDocuments.PdfRefusedException e =
                assertThrows(PdfDocuments.PdfRefusedException.class, () -> pdfs.check(encrypted));
        assertEquals("publications.file.encrypted", e.reason());
    }

    @Test
    void aFakeOrBrokenPdfIsRefused() throws IOException {
        Path fake = write(
                "fake.pdf", "%PDF-1.7\n<html><body>not a pdf</body></html>\n%%EOF".getBytes(StandardCharsets.UTF_8));

        PdfDocuments.PdfRefusedException e =
                assertThrows(PdfDocuments.PdfRefusedException.class, () -> pdfs.extract(fake));
        assertEquals("publications.file.damaged", e.reason());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
