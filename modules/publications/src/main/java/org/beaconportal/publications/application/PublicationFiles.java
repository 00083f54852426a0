package org.beaconportal.publications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.core.application.AssetService;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.Outbox;
import org.beaconportal.core.domain.Asset;
import org.beaconportal.core.infrastructure.DataDirectory;
import org.beaconportal.core.infrastructure.UploadInspector;
import org.beaconportal.publications.domain.FileRole;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;
import org.beaconportal.publications.domain.PublicationRepository;
import org.beaconportal.publications.infrastructure.PdfDocuments;

/**
 * Attaching files to publications. A PDF is accepted only when its content is a PDF (core's
 * {@link UploadInspector}), it is not encrypted and PDFBox can open it; it is then stored as a core
 * asset and queued for background text extraction ({@link TextExtraction}) in the same
 * transaction. A refused file leaves nothing behind.
 *
 * <pre>{@code
 * PublicationFile main = files.attachMain(editor, report.getId(), "report.pdf", upload);
 * PublicationFile part = files.attachSection(editor, report.getId(), "part1.pdf", upload, "Part 1", 1, 12);
 * }</pre>
 */
@ApplicationScoped
public class PublicationFiles {

    @Inject
    PublicationRepository repository;

    @Inject
    AssetService assets;

    @Inject
    UploadInspector inspector;

    @Inject
    PdfDocuments pdfs;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Sets the main PDF, replacing the previous one. */
    @Transactional
    public PublicationFile attachMain(Editor editor, long publicationId, String filename, InputStream content) {
        editor.requireStaff();
        Publication publication = publication(publicationId);
        Asset asset = storePdf(editor, filename, content);
        repository.files(publicationId).stream()
                .filter(f -> f.getRole() == FileRole.MAIN)
                .forEach(repository::remove);
        PublicationFile file =
                PublicationFile.main(publicationId, asset.getId(), asset.getFilename(), asset.getSizeBytes(), now());
        return queued(editor, publication, file);
    }

    /** Adds a section PDF after the existing ones. */
    @Transactional
    public PublicationFile attachSection(
            Editor editor,
            long publicationId,
            String filename,
            InputStream content,
            String title,
            Integer firstPage,
            Integer lastPage) {
        editor.requireStaff();
        Publication publication = publication(publicationId);
        PublicationFile file;
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("publications.section.titleRequired");
        }
        try {
            PublicationFile.section(publicationId, 0, "check.pdf", 0, title, firstPage, lastPage, 0, now());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("publications.section.pagesInvalid");
        }
        Asset asset = storePdf(editor, filename, content);
        file = PublicationFile.section(
                publicationId,
                asset.getId(),
                asset.getFilename(),
                asset.getSizeBytes(),
                title,
                firstPage,
                lastPage,
                repository.lastSectionPosition(publicationId) + 1,
                now());
        return queued(editor, publication, file);
    }

    /** Sets the cover image (PNG, JPEG, GIF or WebP), replacing the previous one. */
    @Transactional
    public PublicationFile attachCover(Editor editor, long publicationId, String filename, InputStream content) {
        editor.requireStaff();
        Publication publication = publication(publicationId);
        Path spooled = assets.spool(content);
        try {
            UploadInspector.Inspection found = inspector.inspect(filename, spooled);
            if (!found.kind().isImage()) {
                throw new BusinessRuleException("publications.cover.notImage");
            }
            Asset asset;
            try (InputStream in = Files.newInputStream(spooled)) {
                asset = assets.upload(editor, filename, in);
            }
            repository.files(publicationId).stream()
                    .filter(f -> f.getRole() == FileRole.COVER)
                    .forEach(repository::remove);
            PublicationFile file = PublicationFile.cover(
                    publicationId, asset.getId(), asset.getFilename(), asset.getSizeBytes(), now());
            repository.save(file);
            audit.record(
                    editor.name(),
                    "publications.file.attach",
                    Publication.TYPE,
                    String.valueOf(publication.getId()),
                    "cover " + file.getFilename());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            AssetService.discardSpooled(spooled);
        }
    }

    /** Detaches a file (its asset stays in the file library). */
    @Transactional
    public void remove(Editor editor, long fileId) {
        editor.requireStaff();
        PublicationFile file =
                repository.findFile(fileId).orElseThrow(() -> new BusinessRuleException("publications.file.unknown"));
        long publicationId = file.getPublicationId();
        repository.remove(file);
        audit.record(
                editor.name(),
                "publications.file.remove",
                Publication.TYPE,
                String.valueOf(publicationId),
                file.getFilename());
        outbox.enqueue(TextExtraction.TOPIC, TextExtraction.REFRESH_PREFIX + publicationId);
    }

    /** Queues a failed file for another extraction. */
    @Transactional
    public void retry(Editor editor, long fileId) {
        editor.requireStaff();
        PublicationFile file =
                repository.findFile(fileId).orElseThrow(() -> new BusinessRuleException("publications.file.unknown"));
        file.retry();
        outbox.enqueue(TextExtraction.TOPIC, String.valueOf(file.getId()));
    }

    @Transactional
    public List<PublicationFile> filesOf(long publicationId) {
        return repository.files(publicationId);
    }

    private PublicationFile queued(Editor editor, Publication publication, PublicationFile file) {
        repository.save(file);
        outbox.enqueue(TextExtraction.TOPIC, String.valueOf(file.getId()));
        audit.record(
                editor.name(),
                "publications.file.attach",
                Publication.TYPE,
                String.valueOf(publication.getId()),
                file.getRole().name().toLowerCase(java.util.Locale.ROOT) + " " + file.getFilename());
        return file;
    }

    private Asset storePdf(Editor editor, String filename, InputStream content) {
        Path spooled = assets.spool(content);
        try {
            UploadInspector.Inspection found = inspector.inspect(filename, spooled);
            if (found.kind() != UploadInspector.Kind.PDF) {
                throw new BusinessRuleException("publications.file.notPdf");
            }
            try {
                pdfs.check(spooled);
            } catch (PdfDocuments.PdfRefusedException e) {
                throw new BusinessRuleException(e.reason());
            }
            try (InputStream in = Files.newInputStream(spooled)) {
                return assets.upload(editor, filename, in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            AssetService.discardSpooled(spooled);
        }
    }

    private Publication publication(long id) {
        return repository.find(id).orElseThrow(() -> new BusinessRuleException("publications.unknown"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
