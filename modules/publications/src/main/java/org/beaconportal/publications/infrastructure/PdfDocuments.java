package org.beaconportal.publications.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads PDFs with Apache PDFBox: refuses encrypted or unreadable ones, and extracts text, page
 * count and a first-page thumbnail.
 *
 * <pre>{@code
 * pdfs.check(file);                        // throws PdfRefusedException
 * PdfDocuments.Extraction e = pdfs.extract(file);
 * e.text(); e.pages(); e.thumbnailPng();
 * }</pre>
 */
@ApplicationScoped
public class PdfDocuments {

    /** Width in pixels of first-page thumbnails. */
    public static final int THUMBNAIL_WIDTH = 320;

    /** Most characters of text kept per file (the rest is not searchable). */
    public static final int MAX_TEXT = 2_000_000;

    /** Why a PDF cannot be used; {@link #reason()} is a message key of the module's bundle. */
    public static class PdfRefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reason;

        public PdfRefusedException(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * What came out of a PDF.
     *
     * @param text its text, at most {@link #MAX_TEXT} characters
     * @param pages page count
     * @param thumbnailPng the first page as a PNG {@link #THUMBNAIL_WIDTH} pixels wide
     */
    public record Extraction(String text, int pages, byte[] thumbnailPng) {}

    /** Refuses encrypted, damaged and empty PDFs. */
    public void check(Path file) throws PdfRefusedException {
        try (PDDocument document = load(file)) {
            if (document.isEncrypted()) {
                throw new PdfRefusedException("publications.file.encrypted", "encrypted");
            }
            if (document.getNumberOfPages() < 1) {
                throw new PdfRefusedException("publications.file.damaged", "no pages");
            }
        } catch (IOException e) {
            throw new PdfRefusedException("publications.file.damaged", e.getMessage());
        }
    }

    /** Extracts text, page count and thumbnail. */
    public Extraction extract(Path file) throws PdfRefusedException {
        try (PDDocument document = load(file)) {
            if (document.isEncrypted()) {
                throw new PdfRefusedException("publications.file.encrypted", "encrypted");
            }
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw new PdfRefusedException("publications.file.damaged", "no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).strip();
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
            }
            return new Extraction(text, pages, thumbnail(document));
        } catch (IOException | RuntimeException e) {
            throw new PdfRefusedException(
                    "publications.file.damaged", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static PDDocument load(Path file) throws IOException, PdfRefusedException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new PdfRefusedException("publications.file.encrypted", "password");
        }
    }

    private static byte[] thumbnail(PDDocument document) throws IOException {
        float widthPoints = document.getPage(0).getMediaBox().getWidth();
        float scale = widthPoints > 0 ? THUMBNAIL_WIDTH / widthPoints : 0.5f;
        BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
