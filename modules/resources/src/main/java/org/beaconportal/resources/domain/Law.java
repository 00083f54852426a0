package org.beaconportal.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.resources.ResourcesModule;

/**
 * A law, bill or regulation with its official citation, served at {@code /resources/laws/{slug}}.
 * The plain-language summary is the item's summary and body; related laws are named by citation.
 *
 * <pre>{@code
 * Law tvpa = new Law(Slug.of("tvpa-2000"), "en", "Trafficking Victims Protection Act of 2000", "editor", now);
 * tvpa.describe(Jurisdiction.FEDERAL, LawKind.STATUTE, "Pub. L. 106-386", 2000, "106th Congress",
 *         "In force, amended", "https://www.govinfo.gov/app/details/PLAW-106publ386", List.of());
 * }</pre>
 */
@Entity
@Table(name = "resources_law")
@DiscriminatorValue(Law.TYPE)
public class Law extends ContentItem {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "law";

    /** Earliest and latest years a law may carry. */
    public static final int FIRST_YEAR = 1776;

    public static final int LAST_YEAR = 2100;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Jurisdiction jurisdiction = Jurisdiction.FEDERAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LawKind kind = LawKind.STATUTE;

    @Column(nullable = false, length = 120)
    private String citation = "";

    @Column(name = "year_enacted")
    private Integer yearEnacted;

    @Column(name = "session_name", length = 200)
    private String session;

    @Column(name = "law_status", length = 300)
    private String lawStatus;

    @Column(name = "official_url", length = 500)
    private String officialUrl;

    @Column(name = "related_citations", length = 1000)
    private String relatedCitations = "";

    protected Law() {}

    public Law(Slug slug, String language, String title, String author, OffsetDateTime now) {
        super(ResourcesModule.ID, slug, language, title, author, now);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String publicPath() {
        return "/resources/laws/" + getSlug();
    }

    /** Sets every field of the law at once, checking each. */
    public void describe(
            Jurisdiction newJurisdiction,
            LawKind newKind,
            String newCitation,
            Integer newYear,
            String newSession,
            String newStatus,
            String newOfficialUrl,
            List<String> related) {
        if (newJurisdiction == null) {
            throw new InvalidContentException("resources.law.jurisdictionInvalid", "");
        }
        if (newKind == null) {
            throw new InvalidContentException("resources.law.kindInvalid", "");
        }
        if (newCitation == null || newCitation.isBlank() || newCitation.strip().length() > 120) {
            throw new InvalidContentException("resources.law.citationRequired");
        }
        if (newYear != null && (newYear < FIRST_YEAR || newYear > LAST_YEAR)) {
            throw new InvalidContentException("resources.law.yearInvalid", String.valueOf(newYear));
        }
        String url = blankToNull(newOfficialUrl);
        if (url != null && !isWebAddress(url)) {
            throw new InvalidContentException("resources.law.urlInvalid", url);
        }
        String relatedText = String.join(
                "|",
                related.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (relatedText.length() > 1000) {
            throw new InvalidContentException("resources.law.relatedTooLong");
        }
        this.jurisdiction = newJurisdiction;
        this.kind = newKind;
        this.citation = newCitation.strip();
        this.yearEnacted = newYear;
        this.session = limit(blankToNull(newSession), 200);
        this.lawStatus = limit(blankToNull(newStatus), 300);
        this.officialUrl = url;
        this.relatedCitations = relatedText;
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String limit(String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidContentException("resources.field.tooLong", max);
        }
        return value;
    }

    @Override
    protected Map<String, String> typeFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jurisdiction", jurisdiction.code());
        fields.put("kind", kind.code());
        fields.put("citation", citation);
        fields.put("year", yearEnacted == null ? "" : String.valueOf(yearEnacted));
        fields.put("session", session == null ? "" : session);
        fields.put("status", lawStatus == null ? "" : lawStatus);
        fields.put("officialUrl", officialUrl == null ? "" : officialUrl);
        fields.put("related", String.join(", ", getRelated()));
        return fields;
    }

    @Override
    protected void restoreTypeFields(Map<String, String> fields) {
        String jurisdictionText = fields.getOrDefault("jurisdiction", "");
        Jurisdiction parsedJurisdiction = Jurisdiction.fromCode(jurisdictionText);
        if (parsedJurisdiction == null) {
            throw new InvalidContentException("resources.law.jurisdictionInvalid", jurisdictionText);
        }
        String kindText = fields.getOrDefault("kind", "");
        LawKind parsedKind = LawKind.fromCode(kindText);
        if (parsedKind == null) {
            throw new InvalidContentException("resources.law.kindInvalid", kindText);
        }
        String yearText = fields.getOrDefault("year", "").strip();
        Integer year;
        try {
            year = yearText.isEmpty() ? null : Integer.valueOf(yearText);
        } catch (NumberFormatException e) {
            throw new InvalidContentException("resources.law.yearInvalid", yearText);
        }
        describe(
                parsedJurisdiction,
                parsedKind,
                fields.getOrDefault("citation", ""),
                year,
                fields.get("session"),
                fields.get("status"),
                fields.get("officialUrl"),
                List.copyOf(ListField.parse(fields.getOrDefault("related", ""))));
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public LawKind getKind() {
        return kind;
    }

    public String getCitation() {
        return citation;
    }

    public Integer getYearEnacted() {
        return yearEnacted;
    }

    public String getSession() {
        return session;
    }

    public String getLawStatus() {
        return lawStatus;
    }

    public String getOfficialUrl() {
        return officialUrl;
    }

    /** Citations of related laws, in the order staff gave them. */
    public List<String> getRelated() {
        return relatedCitations == null || relatedCitations.isEmpty()
                ? List.of()
                : List.of(relatedCitations.split("\\|"));
    }
}
