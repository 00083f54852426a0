package org.beaconportal.publications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beaconportal.core.application.Editor;
import org.beaconportal.publications.domain.DownloadCount;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;
import org.beaconportal.publications.domain.PublicationRepository;

/**
 * Counts downloads per file per month, and nothing else: no address, no time, no browser. Staff
 * see the counts and export them as CSV.
 *
 * <pre>{@code
 * downloads.count(fileId);                 // this month's counter + 1
 * String csv = downloads.csv(editor);
 * }</pre>
 */
@ApplicationScoped
public class DownloadStatistics {

    /** A row of the staff table. */
    public record Row(
            String month, String publicationTitle, String language, String fileName, String fileTitle, long downloads) {

        public String getMonth() {
            return month;
        }

        public String getPublicationTitle() {
            return publicationTitle;
        }

        public String getLanguage() {
            return language;
        }

        public String getFileName() {
            return fileName;
        }

        public String getFileTitle() {
            return fileTitle;
        }

        public long getDownloads() {
            return downloads;
        }
    }

    @Inject
    PublicationRepository repository;

    @Inject
    Clock clock;

    /** The file to serve, after counting it; empty for an unknown file or one whose publication is not public. */
    @Transactional
    public Optional<PublicationFile> count(long fileId) {
        Optional<PublicationFile> file = repository.findFile(fileId);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<Publication> publication = repository.find(file.get().getPublicationId());
        if (publication.isEmpty() || !publication.get().isVisibleAt(java.time.OffsetDateTime.now(clock))) {
            return Optional.empty();
        }
        repository.countDownload(fileId, YearMonth.now(clock).toString());
        return file;
    }

    /** Every count, newest month first. */
    @Transactional
    public List<Row> rows(Editor editor) {
        editor.requireStaff();
        List<DownloadCount> counts = repository.downloadCounts();
        Map<Long, PublicationFile> files = new java.util.HashMap<>();
        counts.forEach(c -> repository.findFile(c.fileId()).ifPresent(f -> files.put(f.getId(), f)));
        Map<Long, Publication> publications = repository
                .findAll(files.values().stream()
                        .map(PublicationFile::getPublicationId)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Publication::getId, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (DownloadCount c : counts) {
            PublicationFile f = files.get(c.fileId());
            Publication p = f == null ? null : publications.get(f.getPublicationId());
            rows.add(new Row(
                    c.month(),
                    p == null ? "?" : p.getTitle(),
                    p == null ? "" : p.getLanguage(),
                    f == null ? "?" : f.getFilename(),
                    f == null || f.getTitle() == null ? "" : f.getTitle(),
                    c.downloads()));
        }
        return rows;
    }

    /** The counts as CSV (RFC 4180), with a header line. */
    @Transactional
    public String csv(Editor editor) {
        StringBuilder csv = new StringBuilder("month,publication,language,file,section,downloads\r\n");
        for (Row r : rows(editor)) {
            csv.append(cell(r.month()))
                    .append(',')
                    .append(cell(r.publicationTitle()))
                    .append(',')
                    .append(cell(r.language()))
                    .append(',')
                    .append(cell(r.fileName()))
                    .append(',')
                    .append(cell(r.fileTitle()))
                    .append(',')
                    .append(r.downloads())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** A CSV cell, quoted when needed; cells that a spreadsheet would run as a formula are defused. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
