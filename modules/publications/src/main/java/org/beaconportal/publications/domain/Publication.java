package org.beaconportal.publications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;

/**
 * A report, brief, toolkit or fact sheet in the library, served at {@code /publications/{slug}}.
 * Title, abstract (summary), body, language, terms and workflow come from {@link ContentItem}; the
 * bibliographic fields below travel through {@link #typeFields()} so that revisions keep them. Its
 * files are {@link PublicationFile}s; the text extracted from them is kept here (not revisioned) so
 * that site-wide search finds words inside the PDFs.
 *
 * <pre>{@code
 * Publication report = new Publication(Slug.of("annual-report-2024"), "en", "Annual report 2024", "ana", now);
 * report.editFields(Map.of("kind", "annual-report", "date", "2025-03-01", "authors", "Coalition staff"), "ana", now);
 * }</pre>
 */
@Entity
@Table(name = "publications_publication")
@DiscriminatorValue(Publication.TYPE)
public class Publication extends ContentItem {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "publication";

    /** Most authors on one publication. */
    public static final int MAX_AUTHORS = 40;

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s]{1,200}");
    private static final Pattern REPORT_NUMBER = Pattern.compile("[\\p{L}\\p{N} ./_-]{1,60}");
    private static final Pattern SLUG_LIST = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Column(length = 300)
    private String subtitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PublicationKind kind = PublicationKind.RESEARCH_REPORT;

    @Column(length = 200)
    private String publisher;

    @Column(name = "issued_on")
    private LocalDate issued;

    @Column(name = "issued_year")
    private Integer issuedYear;

    @Column(length = 20)
    private String isbn;

    @Column(length = 200)
    private String doi;

    @Column(name = "report_number", length = 60)
    private String reportNumber;

    @Column(length = 200)
    private String licence;

    /** One author per line, in order. */
    @Column(length = 4000)
    private String authors;

    /** Slugs of related publications (same language), comma separated. */
    @Column(name = "related", length = 1000)
    private String related;

    @Column(name = "full_text")
    private String fullText;

    protected Publication() {}

    public Publication(Slug slug, String language, String title, String author, OffsetDateTime now) {
        super("publications", slug, language, title, author, now);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String publicPath() {
        return "/publications/" + getSlug();
    }

    @Override
    protected Map<String, String> typeFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subtitle", text(subtitle));
        fields.put("kind", kind.key());
        fields.put("publisher", text(publisher));
        fields.put("date", issued == null ? "" : issued.toString());
        fields.put("isbn", text(isbn));
        fields.put("doi", text(doi));
        fields.put("reportNumber", text(reportNumber));
        fields.put("licence", text(licence));
        fields.put("authors", text(authors));
        fields.put("related", text(related));
        return fields;
    }

    /** Checks every value first, so a refused field leaves the publication unchanged. */
    @Override
    protected void restoreTypeFields(Map<String, String> fields) {
        String newSubtitle = limited(fields.get("subtitle"), 300, "publications.invalid.subtitle");
        String kindKey = blankToNull(fields.get("kind"));
        PublicationKind newKind = kindKey == null
                ? PublicationKind.RESEARCH_REPORT
                : PublicationKind.fromKey(kindKey)
                        .orElseThrow(() -> new InvalidContentException("publications.invalid.kind", kindKey));
        String newPublisher = limited(fields.get("publisher"), 200, "publications.invalid.publisher");
        LocalDate newIssued = parseDate(blankToNull(fields.get("date")));
        String newIsbn = normalizeIsbn(blankToNull(fields.get("isbn")));
        String newDoi = normalizeDoi(blankToNull(fields.get("doi")));
        String newReportNumber = blankToNull(fields.get("reportNumber"));
        if (newReportNumber != null && !REPORT_NUMBER.matcher(newReportNumber).matches()) {
            throw new InvalidContentException("publications.invalid.reportNumber", newReportNumber);
        }
        String newLicence = limited(fields.get("licence"), 200, "publications.invalid.licence");
        String newAuthors = normalizeAuthors(fields.get("authors"));
        String newRelated = normalizeRelated(fields.get("related"));
        subtitle = newSubtitle;
        kind = newKind;
        publisher = newPublisher;
        issued = newIssued;
        issuedYear = newIssued == null ? null : newIssued.getYear();
        isbn = newIsbn;
        doi = newDoi;
        reportNumber = newReportNumber;
        licence = newLicence;
        authors = newAuthors;
        related = newRelated;
    }

    /** Authors, publisher and the text of the files: what search finds besides the texts. */
    @Override
    public String searchText() {
        StringBuilder text = new StringBuilder();
        getAuthorList().forEach(a -> text.append(a).append('\n'));
        if (subtitle != null) {
            text.append(subtitle).append('\n');
        }
        if (publisher != null) {
            text.append(publisher).append('\n');
        }
        if (fullText != null) {
            text.append(fullText);
        }
        return text.toString();
    }

    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(value), 1, 1);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(value + "-01");
            }
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw new InvalidContentException("publications.invalid.date", value);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidContentException("publications.invalid.date", value);
        }
    }

    /** ISBN-10 or ISBN-13 with a correct check digit; hyphens and spaces are dropped. */
    static String normalizeIsbn(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (digits.startsWith("ISBN")) {
            digits = digits.substring(4).replace(":", "");
        }
        if (!isValidIsbn(digits)) {
            throw new InvalidContentException("publications.invalid.isbn", value);
        }
        return digits;
    }

    static boolean isValidIsbn(String digits) {
        if (digits.matches("\\d{13}")) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        if (digits.matches("\\d{9}[\\dX]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int d = digits.charAt(i) == 'X' ? 10 : digits.charAt(i) - '0';
                sum += d * (10 - i);
            }
            return sum % 11 == 0;
        }
        return false;
    }

    static String normalizeDoi(String value) {
        if (value == null) {
            return null;
        }
        String doi = value.replaceFirst("^(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
        if (!DOI.matcher(doi).matches()) {
            throw new InvalidContentException("publications.invalid.doi", value);
        }
        return doi;
    }

    private static String normalizeAuthors(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String line : value.split("\\R")) {
            String author = line.strip().replaceAll("\\s+", " ");
            if (author.isEmpty()) {
                continue;
            }
            if (author.length() > 200) {
                throw new InvalidContentException("publications.invalid.author", 200);
            }
            lines.add(author);
        }
        if (lines.size() > MAX_AUTHORS) {
            throw new InvalidContentException("publications.invalid.authors", MAX_AUTHORS);
        }
        String joined = String.join("\n", lines);
        return joined.isEmpty() ? null : joined;
    }

    private static String normalizeRelated(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> slugs = new ArrayList<>();
        for (String part : value.split("[,\\s]+")) {
            String slug = part.strip();
            if (slug.isEmpty() || slugs.contains(slug)) {
                continue;
            }
            if (!SLUG_LIST.matcher(slug).matches() || slug.length() > 120) {
                throw new InvalidContentException("publications.invalid.related", slug);
            }
            slugs.add(slug);
        }
        String joined = String.join(",", slugs);
        if (joined.length() > 1000) {
            throw new InvalidContentException("publications.invalid.related", "…");
        }
        return joined.isEmpty() ? null : joined;
    }

    private static String limited(String value, int max, String key) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            throw new InvalidContentException(key, max);
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public String getPublisher() {
        return publisher;
    }

    public LocalDate getIssued() {
        return issued;
    }

    /** Year of issue, or null when no date is known. */
    public Integer getYear() {
        return issuedYear;
    }

    public String getIsbn() {
        return isbn;
    }

    public String getDoi() {
        return doi;
    }

    public String getReportNumber() {
        return reportNumber;
    }

    public String getLicence() {
        return licence;
    }

    /** Authors in their order (people or organizations). */
    public List<String> getAuthorList() {
        return authors == null ? List.of() : List.of(authors.split("\n"));
    }

    /** Slugs of related publications, in the order given. */
    public List<String> getRelatedSlugs() {
        return related == null ? List.of() : Arrays.asList(related.split(","));
    }

    /** Whether the extracted text is present. */
    public boolean hasFullText() {
        return fullText != null;
    }
}
