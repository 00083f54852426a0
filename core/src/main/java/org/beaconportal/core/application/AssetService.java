package org.beaconportal.core.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.core.domain.Asset;
import org.beaconportal.core.domain.AssetRepository;
import org.beaconportal.core.domain.AssetVariant;
import org.beaconportal.core.infrastructure.DataDirectory;
import org.beaconportal.core.infrastructure.ImageVariants;
import org.beaconportal.core.infrastructure.UploadInspector;

/**
 * Uploading and listing files ({@link Asset}s). An upload is checked by its content
 * ({@link UploadInspector}), its bytes and image renditions go to the {@link BlobStore}, and its row
 * and audit event are written in one transaction. A refused upload leaves nothing behind; when the
 * transaction rolls back after blobs were written, the blobs this upload created are removed again.
 *
 * <pre>{@code
 * Asset asset = assets.upload(editor, "map.png", request.getPart("file").getInputStream());
 * String snippet = asset.markdown(); // ![map](/files/1000/map.png)
 * }</pre>
 */
@ApplicationScoped
public class AssetService {

    private static final Logger LOG = Logger.getLogger(AssetService.class.getName());

    @Inject
    AssetRepository repository;

    @Inject
    BlobStore blobs;

    @Inject
    UploadInspector inspector;

    @Inject
    ImageVariants variants;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Stores a file for an editor.
     *
     * @param filename the name the browser sent; only a safe form of it is kept
     * @throws BusinessRuleException with a key {@code asset.refused.*} when the file is refused
     * @throws AccessDeniedException when the editor is not staff
     */
    @Transactional
    public Asset upload(Editor editor, String filename, InputStream content) {
        editor.requireStaff();
        Path spooled = spool(content);
        try {
            UploadInspector.Inspection found = inspector.inspect(filename, spooled);
            List<ImageVariants.Rendition> renditions = renditions(found, spooled);
            BlobStore.Stored original;
            try (InputStream in = Files.newInputStream(spooled)) {
                original = remember(blobs.put(in));
            }
            Asset asset = new Asset(
                    original.sha256(),
                    found.filename(),
                    found.contentType(),
                    original.size(),
                    found.width(),
                    found.height(),
                    editor.name(),
                    OffsetDateTime.now(clock));
            for (ImageVariants.Rendition rendition : renditions) {
                BlobStore.Stored stored = remember(blobs.put(new ByteArrayInputStream(rendition.bytes())));
                asset.addVariant(new AssetVariant(
                        rendition.name(),
                        stored.sha256(),
                        rendition.contentType(),
                        rendition.width(),
                        rendition.height(),
                        stored.size()));
            }
            repository.save(asset);
            repository.flush();
            audit.record(
                    editor.name(),
                    "asset.upload",
                    "asset",
                    String.valueOf(asset.getId()),
                    asset.getFilename() + " (" + asset.getContentType() + ", " + asset.getSizeBytes() + " bytes)");
            return asset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discardSpooled(spooled);
        }
    }

    /** Changes the alt text of an image (blank: back to the name-based default). */
    @Transactional
    public Asset describe(Editor editor, long id, String altText) {
        editor.requireStaff();
        Asset asset = repository.find(id).orElseThrow(() -> new BusinessRuleException("asset.unknown"));
        try {
            asset.describe(altText);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("asset.alt.tooLong");
        }
        audit.record(editor.name(), "asset.describe", "asset", String.valueOf(id), asset.getAltText());
        asset.getVariants().size();
        return asset;
    }

    /** An asset with its variants loaded. */
    @Transactional
    public Optional<Asset> find(long id) {
        Optional<Asset> asset = repository.find(id);
        asset.ifPresent(a -> a.getVariants().size());
        return asset;
    }

    /** Assets newest first, with their variants loaded. */
    @Transactional
    public List<Asset> list(int first, int max) {
        List<Asset> page = repository.list(first, max);
        page.forEach(a -> a.getVariants().size());
        return page;
    }

    @Transactional
    public long count() {
        return repository.count();
    }

    /** The largest accepted upload, in bytes. */
    public long maxBytes() {
        return inspector.maxBytes();
    }

    private List<ImageVariants.Rendition> renditions(UploadInspector.Inspection found, Path spooled) {
        if (!found.decodable()) {
            return List.of();
        }
        try {
            return variants.render(spooled, found.contentType());
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleException("asset.refused.damaged");
        }
    }

    /**
     * Copies an upload to a temporary file in the data directory, refusing it as soon as it passes
     * the upload limit; the caller removes the file with {@link #discardSpooled(Path)}.
     */
    public Path spool(InputStream content) {
        long limit = inspector.maxBytes();
        Path file = null;
        try {
            file = Files.createTempFile(dataDirectory.folder("tmp"), "upload-", ".part");
            long written = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    written += n;
                    if (written > limit) {
                        throw new BusinessRuleException("asset.refused.tooLarge", Math.max(1, limit >> 20));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException | RuntimeException e) {
            discardSpooled(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    /** Removes the blobs this transaction created when it does not commit. */
    private BlobStore.Stored remember(BlobStore.Stored stored) {
        if (stored.created()) {
            @SuppressWarnings("unchecked")
            List<String> created = (List<String>) transactions.getResource(AssetService.class);
            if (created == null) {
                List<String> list = new ArrayList<>();
                transactions.putResource(AssetService.class, list);
                transactions.registerInterposedSynchronization(new RemoveOnRollback(blobs, list));
                created = list;
            }
            created.add(stored.sha256());
        }
        return stored;
    }

    /** Removes a file made by {@link #spool(InputStream)}; a failure is only logged. */
    public static void discardSpooled(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete temporary upload " + file, e);
            }
        }
    }

    private record RemoveOnRollback(BlobStore blobs, List<String> created) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // Nothing to do before the outcome is known.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                return;
            }
            for (String sha256 : created) {
                try {
                    blobs.delete(sha256);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Cannot remove blob " + sha256 + " of a rolled-back upload", e);
                }
            }
        }
    }
}
