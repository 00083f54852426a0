package org.beaconportal.publications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.beaconportal.core.application.AssetService;
import org.beaconportal.core.application.BlobStore;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.Outbox;
import org.beaconportal.core.application.OutboxHandler;
import org.beaconportal.core.application.SearchIndexer;
import org.beaconportal.core.domain.Asset;
import org.beaconportal.core.infrastructure.DataDirectory;
import org.beaconportal.publications.domain.PublicationFile;
import org.beaconportal.publications.domain.PublicationRepository;
import org.beaconportal.publications.domain.TextStatus;
import org.beaconportal.publications.infrastructure.PdfDocuments;

/**
 * Background work on attached PDFs (outbox topic {@value #TOPIC}): extracts the text, counts the
 * pages and renders a first-page thumbnail, then gathers the publication's text and queues it for
 * the search index. A file that cannot be read is marked "text not extracted" with the reason; the
 * publication stays as it is. Payload: a file id, or {@code refresh:<publication id>} to gather the
 * text again after a file was removed.
 */
@ApplicationScoped
public class TextExtraction implements OutboxHandler {

    public static final String TOPIC = "publications.extract";

    static final String REFRESH_PREFIX = "refresh:";

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    @Inject
    PublicationRepository repository;

    @Inject
    AssetService assets;

    @Inject
    BlobStore blobs;

    @Inject
    PdfDocuments pdfs;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    @Transactional
    public void handle(String payload) {
        if (payload.startsWith(REFRESH_PREFIX)) {
            refresh(Long.parseLong(payload.substring(REFRESH_PREFIX.length())));
            return;
        }
        Optional<PublicationFile> found = repository.findFile(Long.parseLong(payload));
        if (found.isEmpty() || found.get().getTextStatus() != TextStatus.PENDING) {
            return;
        }
        PublicationFile file = found.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            PdfDocuments.Extraction extraction = extract(file);
            String thumbnailName = thumbnailName(file.getFilename());
            Asset thumbnail =
                    assets.upload(Editor.SYSTEM, thumbnailName, new ByteArrayInputStream(extraction.thumbnailPng()));
            file.extracted(extraction.text(), extraction.pages(), thumbnail.getId(), thumbnail.getFilename(), now);
        } catch (PdfDocuments.PdfRefusedException e) {
            LOG.log(Level.INFO, () -> "Text of publication file " + file.getId() + " not extracted: " + e.getMessage());
            file.failed(e.reason(), now);
        } catch (BusinessRuleException e) {
            file.failed(e.messageKey(), now);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Text of publication file " + file.getId() + " not extracted", e);
            file.failed("publications.extract.unreadable", now);
        }
        repository.save(file);
        refresh(file.getPublicationId());
    }

    /** Gathers the text of the publication's PDFs (main first) and queues the search update. */
    void refresh(long publicationId) {
        List<PublicationFile> files = repository.files(publicationId);
        String text = files.stream()
                .filter(f -> f.getTextStatus() == TextStatus.EXTRACTED && f.getExtractedText() != null)
                .map(PublicationFile::getExtractedText)
                .collect(Collectors.joining("\n\n"));
        repository.replaceFullText(publicationId, text);
        outbox.enqueue(SearchIndexer.TOPIC, String.valueOf(publicationId));
    }

    private PdfDocuments.Extraction extract(PublicationFile file) throws IOException, PdfDocuments.PdfRefusedException {
        Asset asset = assets.find(file.getAssetId())
                .orElseThrow(() -> new BusinessRuleException("publications.extract.missing"));
        Path copy = Files.createTempFile(dataDirectory.folder("tmp"), "extract-", ".pdf");
        try {
            Optional<InputStream> bytes = blobs.open(asset.getSha256());
            if (bytes.isEmpty()) {
                throw new BusinessRuleException("publications.extract.missing");
            }
            try (InputStream in = bytes.get()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return pdfs.extract(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    static String thumbnailName(String pdfName) {
        int dot = pdfName.lastIndexOf('.');
        return (dot > 0 ? pdfName.substring(0, dot) : pdfName) + "-page-1.png";
    }
}
