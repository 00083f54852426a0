package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.beaconportal.core.application.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UploadInspectorTest {

    /** A real 1×1 lossless WebP. */
    static final byte[] WEBP = bytes(
            0x52, 0x49, 0x46, 0x46, 0x1a, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x4c, 0x0d, 0x00,
            0x00, 0x00, 0x2f, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0x00);

    static final String PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

    @TempDir
    Path dir;

    private final UploadInspector inspector = new UploadInspector(UploadInspector.DEFAULT_MAX_BYTES);

    @Test
    void acceptsAPngAndMeasuresIt() throws IOException {
        UploadInspector.Inspection found =
                inspector.inspect("Map of Colorado.png", writeImage(dir, "a", "png", 640, 480));

        assertEquals(UploadInspector.Kind.PNG, found.kind());
        assertEquals("image/png", found.contentType());
        assertEquals("Map-of-Colorado.png", found.filename());
        assertEquals(640, found.width());
        assertEquals(480, found.height());
        assertTrue(found.decodable());
    }

    @Test
    void acceptsAJpegAndAGif() throws IOException {
        assertEquals(
                "image/jpeg",
                inspector
                        .inspect("photo.jpeg", writeImage(dir, "b", "jpg", 50, 40))
                        .contentType());
        UploadInspector.Inspection gif = inspector.inspect("anim.gif", writeImage(dir, "c", "gif", 30, 20));
        assertEquals("image/gif", gif.contentType());
        assertEquals(30, gif.width());
    }

    @Test
    void acceptsAWebpMeasuredFromItsHeaderWhenImageioCannotReadIt() throws IOException {
        UploadInspector.Inspection found = inspector.inspect("pixel.webp", write("d", WEBP));

        assertEquals("image/webp", found.contentType());
        assertEquals(1, found.width());
        assertEquals(1, found.height());
    }

    @Test
    void acceptsAPdf() throws IOException {
        UploadInspector.Inspection found = inspector.inspect("Annual report 2024.PDF", write("e", PDF));

        assertEquals("application/pdf", found.contentType());
        assertEquals("Annual-report-2024.pdf", found.filename());
        assertNull(found.width());
        assertFalse(found.decodable());
    }

    @Test
    void acceptsUtf8TextAndCsv() throws IOException {
        UploadInspector.Inspection text = inspector.inspect("notas.txt", write("f", "Línea uno\nLínea dos — ñ\n"));
        UploadInspector.Inspection csv =
                inspector.inspect("cases.csv", write("g", "\uFEFFyear,cases\r\n2023,412\r\n2024,388\r\n"));

        assertEquals("text/plain; charset=utf-8", text.contentType());
        assertEquals("text/csv; charset=utf-8", csv.contentType());
        assertEquals("cases.csv", csv.filename());
    }

    @Test
    void theNameGetsTheExtensionOfTheRealType() throws IOException {
        UploadInspector.Inspection found = inspector.inspect("photo.pdf", writeImage(dir, "h", "png", 10, 10));

        assertEquals("image/png", found.contentType());
        assertEquals("photo.png", found.filename());
    }

    @ParameterizedTest
    @CsvSource({
        "'C:\\Users\\ana\\Informe año 2024.pdf', pdf, Informe-ano-2024.pdf",
        "'../../etc/passwd', txt, passwd.txt",
        "'.htaccess', txt, file.txt",
        "'<script>.png', png, script.png",
        "'a  b..c.png', png, a-b-c.png",
        "'', pdf, file.pdf"
    })
    void namesAreMadeSafe(String original, String extension, String expected) {
        assertEquals(expected, UploadInspector.safeFilename(original, extension));
    }

    @Test
    void longNamesAreCut() {
        String name = UploadInspector.safeFilename("x".repeat(300) + ".pdf", "pdf");
        assertEquals(120, name.length());
        assertTrue(name.endsWith(".pdf"));
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of(
                        "page.png",
                        text("<!DOCTYPE html><html><script>alert(1)</script></html>"),
                        "asset.refused.markup"),
                Arguments.of("page.txt", text("  \n<html><body onload=alert(1)>"), "asset.refused.markup"),
                Arguments.of(
                        "logo.svg",
                        text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
                        "asset.refused.markup"),
                Arguments.of("logo.png", text("<?xml version=\"1.0\"?><svg/>"), "asset.refused.markup"),
                Arguments.of("notes.txt", text("Read this <script>alert(1)</script>"), "asset.refused.markup"),
                Arguments.of(
                        "setup.exe",
                        concat(text("MZ"), new byte[] {(byte) 0x90, 0, 3, 0, 0, 0, 4, 0}),
                        "asset.refused.type"),
                Arguments.of("report.pdf", concat(text("MZ"), new byte[] {(byte) 0x90, 0, 3, 0}), "asset.refused.type"),
                Arguments.of(
                        "tool",
                        concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[64]),
                        "asset.refused.type"),
                Arguments.of(
                        "report.pdf",
                        concat(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, text("word/document.xml")),
                        "asset.refused.type"),
                Arguments.of("empty.png", new byte[0], "asset.refused.empty"),
                Arguments.of("data.txt", text("abc\0def"), "asset.refused.type"),
                Arguments.of("cafe.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9}, "asset.refused.type"),
                Arguments.of("polyglot.gif", text("GIF89a/*<script>alert(1)</script>*/"), "asset.refused.damaged"),
                Arguments.of(
                        "broken.png",
                        concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), text("<html>")),
                        "asset.refused.damaged"),
                Arguments.of(
                        "broken.jpg",
                        concat(bytes(0xFF, 0xD8, 0xFF, 0xE0), text("not really a jpeg")),
                        "asset.refused.damaged"),
                Arguments.of(
                        "fake.pdf", text("%PDF-1.4\n<html><script>alert(1)</script></html>"), "asset.refused.damaged"),
                Arguments.of("short.webp", Arrays.copyOf(WEBP, 20), "asset.refused.damaged"),
                Arguments.of("run.sh", text("echo pwned\n"), "asset.refused.type"),
                Arguments.of("run.txt", text("#!/bin/sh\nrm -rf /\n"), "asset.refused.markup"),
                Arguments.of("app.js", text("fetch('/admin').then(r => r.text())"), "asset.refused.type"),
                Arguments.of("bell.txt", text("ring \u0007 ring"), "asset.refused.type"));
    }

    @ParameterizedTest(name = "{0} is refused with {2}")
    @MethodSource("hostileFiles")
    void hostileOrMismatchedFilesAreRefused(String name, byte[] content, String expectedKey) throws IOException {
        Path file = write("hostile", content);

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> inspector.inspect(name, file));

        assertEquals(expectedKey, refused.messageKey());
    }

    @Test
    void filesOverTheLimitAreRefused() throws IOException {
        UploadInspector small = new UploadInspector(1000);
        Path file = write("big", "x".repeat(1001));

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> small.inspect("big.txt", file));

        assertEquals("asset.refused.tooLarge", refused.messageKey());
        assertEquals(1000, small.maxBytes());
        assertEquals(
                "x.txt", small.inspect("x.txt", write("ok", "x".repeat(1000))).filename());
    }

    @Test
    void imagesOfTooManyPixelsAreRefusedBeforeDecoding() throws IOException {
        BufferedImage huge = new BufferedImage(8000, 8000, BufferedImage.TYPE_BYTE_BINARY);
        Path file = dir.resolve("bomb.png");
        ImageIO.write(huge, "png", file.toFile());

        BusinessRuleException refused =
                assertThrows(BusinessRuleException.class, () -> inspector.inspect("bomb.png", file));

        assertEquals("asset.refused.tooManyPixels", refused.messageKey());
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new UploadInspector(0));
    }

    static Path writeImage(Path dir, String name, String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x5f, 0x8f));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "writer for " + format);
        return Files.write(dir.resolve(name + "." + format), out.toByteArray());
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name + ".bin"), content);
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
