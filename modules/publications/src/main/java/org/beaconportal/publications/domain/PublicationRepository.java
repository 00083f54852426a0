package org.beaconportal.publications.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of publications' files and queries over published publications for the catalogue. */
public interface PublicationRepository {

    Optional<Publication> find(long id);

    List<Publication> findAll(Collection<Long> ids);

    /** A publication of the given language by slug (any status). */
    Optional<Publication> findBySlug(String language, String slug);

    void save(PublicationFile file);

    /**
     * Stores the text extracted from a publication's files without touching its version, so that
     * background extraction never makes an editor's open form stale.
     */
    void replaceFullText(long publicationId, String text);

    Optional<PublicationFile> findFile(long id);

    void remove(PublicationFile file);

    /** A publication's files: main, then sections in order, then cover. */
    List<PublicationFile> files(long publicationId);

    /** Files of several publications, grouped by publication id. */
    Map<Long, List<PublicationFile>> files(Collection<Long> publicationIds);

    /** Highest section position used so far (0 without sections). */
    int lastSectionPosition(long publicationId);

    /** Adds one to a file's count for a month ({@code 2026-11}). */
    void countDownload(long fileId, String month);

    /** Rows of (file id, month, downloads), newest month first. */
    List<DownloadCount> downloadCounts();
}
