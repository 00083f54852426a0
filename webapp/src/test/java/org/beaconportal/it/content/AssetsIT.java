package org.beaconportal.it.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.AssetService;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.Asset;
import org.beaconportal.core.domain.AssetVariant;
import org.beaconportal.core.infrastructure.DataDirectory;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestDatabase;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files on a real server: an upload's row, blob and renditions, the bytes served back over HTTP
 * with safe headers, and refused uploads leaving nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class AssetsIT {

    private static final Editor EDITOR = new Editor("it-editor", EnumSet.of(PortalRole.EDITOR));

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    AssetService assets;

    @Inject
    TestDatabase database;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    ServletContext servletContext;

    @Test
    void anUploadedPngIsStoredWithItsRenditionsAndServedBack() throws Exception {
        byte[] png = png(1200, 800);

        Asset asset = assets.upload(EDITOR, "Coalition map 2024.png", new ByteArrayInputStream(png));

        Asset stored = database.fresh(Asset.class, asset.getId());
        assertEquals("Coalition-map-2024.png", stored.getFilename());
        assertEquals("image/png", stored.getContentType());
        assertEquals(png.length, stored.getSizeBytes());
        assertEquals(1200, stored.getWidth());
        assertEquals(800, stored.getHeight());
        assertEquals("it-editor", stored.getCreatedBy());
        Path blob = blobPath(stored.getSha256());
        assertTrue(blob.startsWith(dataDirectory.root().resolve("blobs")));
        assertTrue(
                dataDirectory.root().toString().contains("it-data"),
                dataDirectory.root().toString());
        assertArrayEquals(png, Files.readAllBytes(blob));
        AssetVariant thumb = stored.variant("thumb").orElseThrow();
        AssetVariant medium = stored.variant("medium").orElseThrow();
        assertEquals(320, thumb.getWidth());
        assertEquals(213, thumb.getHeight());
        assertEquals(960, medium.getWidth());
        assertEquals(640, medium.getHeight());
        assertEquals("image/png", thumb.getContentType());
        assertTrue(Files.isRegularFile(blobPath(thumb.getSha256())));
        assertTrue(Files.isRegularFile(blobPath(medium.getSha256())));
        assertEquals(
                1,
                database.count(
                        "select count(e) from AuditEvent e where e.action = 'asset.upload' and e.targetId = :id",
                        Map.of("id", String.valueOf(asset.getId()))));
        assertEquals("![Coalition map 2024](/files/" + asset.getId() + "/Coalition-map-2024.png)", asset.markdown());

        HttpResponse<byte[]> original = get(asset.path());
        assertEquals(200, original.statusCode());
        assertArrayEquals(png, original.body());
        assertEquals("image/png", original.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff",
                original.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(
                "public, max-age=31536000, immutable",
                original.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(
                "\"" + stored.getSha256() + "\"",
                original.headers().firstValue("ETag").orElseThrow());
        assertTrue(original.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .startsWith("inline; filename=\"Coalition-map-2024.png\""));
        HttpResponse<byte[]> thumbnail = get(asset.path(thumb));
        assertEquals(200, thumbnail.statusCode());
        assertEquals(
                320, ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth());
        assertEquals(404, get("/files/" + asset.getId() + "/huge/x.png").statusCode());
    }

    @Test
    void equalContentUploadedTwiceIsOneBlobAndTwoAssets() {
        byte[] png = png(100, 60);

        Asset first = assets.upload(EDITOR, "a.png", new ByteArrayInputStream(png));
        Asset second = assets.upload(EDITOR, "b.png", new ByteArrayInputStream(png));

        assertTrue(first.getId() < second.getId());
        assertEquals(first.getSha256(), second.getSha256());
        assertTrue(second.getVariants().isEmpty(), "small images get no renditions");
        assertEquals(second.getId(), assets.list(0, 1).get(0).getId(), "newest first");
    }

    @Test
    void aTextFileIsServedAsAnAttachment() throws Exception {
        Asset asset = assets.upload(
                EDITOR,
                "cases.csv",
                new ByteArrayInputStream("year,cases\n2024,388\n".getBytes(StandardCharsets.UTF_8)));

        HttpResponse<byte[]> response = get(asset.path());

        assertEquals(200, response.statusCode());
        assertEquals(
                "text/csv;charset=utf-8",
                response.headers()
                        .firstValue("Content-Type")
                        .orElseThrow()
                        .replace(" ", "")
                        .toLowerCase());
        assertTrue(response.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .startsWith("attachment; filename=\"cases.csv\""));
        assertEquals("[cases.csv](/files/" + asset.getId() + "/cases.csv)", asset.markdown());
    }

    @Test
    void aRenamedHtmlFileIsRefusedAndLeavesNoRowAndNoBlob() throws IOException {
        long rowsBefore = assets.count();
        long blobsBefore = blobCount();
        byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        BusinessRuleException refused = assertThrows(
                BusinessRuleException.class,
                () -> assets.upload(EDITOR, "innocent.png", new ByteArrayInputStream(html)));

        assertEquals("asset.refused.markup", refused.messageKey());
        assertEquals(rowsBefore, assets.count());
        assertEquals(blobsBefore, blobCount());
    }

    @Test
    void onlyStaffMayUploadAndAltTextCanBeChanged() {
        Editor company = new Editor("company", EnumSet.of(PortalRole.COMPANY));
        assertThrows(
                AccessDeniedException.class,
                () -> assets.upload(company, "x.txt", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8))));

        Asset asset = assets.upload(EDITOR, "chart.png", new ByteArrayInputStream(png(40, 40)));
        assets.describe(EDITOR, asset.getId(), "Cases per year, 2020 to 2024");

        assertEquals(
                "Cases per year, 2020 to 2024",
                database.fresh(Asset.class, asset.getId()).getAltText());
    }

    @Test
    @RunAsClient
    void unknownFilesAnswer404WithoutASession(@ArquillianResource URL base) {
        PortalClient client = new PortalClient(base);

        assertEquals(404, client.get("/files/999999999/nothing.png").statusCode());
        assertEquals(404, client.get("/files/not-a-number/x.png").statusCode());
        HttpResponse<String> noName = client.get("/files/999999999");
        assertEquals(404, noName.statusCode());
        assertTrue(noName.headers().allValues("Set-Cookie").isEmpty());
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        String port = ConfigProvider.getConfig().getValue("beacon.http.port", String.class);
        URI uri = URI.create("http://localhost:" + port + servletContext.getContextPath() + path);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        return http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path blobPath(String sha256) {
        return dataDirectory
                .root()
                .resolve("blobs")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private long blobCount() throws IOException {
        Path blobs = dataDirectory.folder("blobs");
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x5f, 0x8f));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color((int) (Math.random() * 0xFFFFFF)));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
