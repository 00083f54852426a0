package org.beaconportal.publications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beaconportal.core.domain.ContentStatus;
import org.beaconportal.core.domain.Term;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationKind;

/**
 * An OAI-PMH 2.0 data provider over published publications, with unqualified Dublin Core
 * ({@code oai_dc}) records: all six verbs, sets by kind ({@code kind:research-report}), selective
 * harvesting by datestamp (day or second granularity), stateless resumption tokens and the
 * protocol's error codes. Identifiers are {@code oai:beacon:publication:<id>}.
 *
 * <pre>{@code
 * String xml = oai.respond(Map.of("verb", List.of("ListRecords"), "metadataPrefix", List.of("oai_dc")),
 *         "https://beacon.example/oai", "https://beacon.example");
 * }</pre>
 */
@ApplicationScoped
public class OaiPmh {

    /** Records or headers per response before a resumption token. */
    public static final int PAGE_SIZE = 50;

    static final String IDENTIFIER_PREFIX = "oai:beacon:publication:";
    private static final String OAI_DC = "oai_dc";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final Set<String> VERBS =
            Set.of("Identify", "ListMetadataFormats", "ListSets", "GetRecord", "ListIdentifiers", "ListRecords");

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    Clock clock;

    /** An OAI-PMH error: its code and a human-readable message. */
    static final class OaiError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        OaiError(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** A selective harvest: format, datestamp window, set and where the previous page ended. */
    record Harvest(String prefix, String from, String until, String set, int offset) {

        String token() {
            String raw = String.join("\u001f", prefix, nz(from), nz(until), nz(set), String.valueOf(offset));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Harvest fromToken(String token) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = raw.split("\u001f", -1);
                if (parts.length != 5) {
                    throw new IllegalArgumentException();
                }
                int offset = Integer.parseInt(parts[4]);
                if (offset < 0) {
                    throw new IllegalArgumentException();
                }
                return new Harvest(parts[0], blank(parts[1]), blank(parts[2]), blank(parts[3]), offset);
            } catch (IllegalArgumentException e) {
                throw new OaiError("badResumptionToken", "The resumption token is invalid.");
            }
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static String blank(String s) {
            return s.isEmpty() ? null : s;
        }
    }

    /**
     * Answers one request.
     *
     * @param parameters the request's parameters (a name given twice is a bad argument)
     * @param baseUrl the endpoint's address
     * @param origin scheme, host and port of the portal, for record links
     */
    @Transactional
    public String respond(Map<String, List<String>> parameters, String baseUrl, String origin) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/")
                .append(" http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd\">\n")
                .append("  <responseDate>")
                .append(SECONDS.format(now))
                .append("</responseDate>\n");
        List<String> verbs = parameters.get("verb");
        String verb = verbs == null || verbs.size() != 1 ? null : verbs.get(0);
        if (verb == null || !VERBS.contains(verb)) {
            return error(
                    xml,
                    baseUrl,
                    null,
                    null,
                    "badVerb",
                    verb == null ? "The verb is missing or repeated." : "Unknown verb.");
        }
        try {
            Map<String, String> args = arguments(parameters, verb);
            StringBuilder body = new StringBuilder();
            switch (verb) {
                case "Identify" -> identify(body, baseUrl);
                case "ListMetadataFormats" -> listMetadataFormats(body, args.get("identifier"));
                case "ListSets" -> listSets(body);
                case "GetRecord" -> getRecord(body, args, origin);
                default -> list(body, verb, args, origin);
            }
            request(xml, baseUrl, args, verb);
            xml.append(body).append("</OAI-PMH>\n");
            return xml.toString();
        } catch (OaiError e) {
            boolean echo = !e.code.equals("badArgument") && !e.code.equals("badResumptionToken");
            return echo
                    ? error(xml, baseUrl, verb, echoable(parameters, verb), e.code, e.getMessage())
                    : error(xml, baseUrl, null, null, e.code, e.getMessage());
        }
    }

    /** Checks that the verb's arguments are exactly those allowed, each at most once. */
    static Map<String, String> arguments(Map<String, List<String>> parameters, String verb) {
        Set<String> required;
        Set<String> optional;
        switch (verb) {
            case "Identify", "ListSets" -> {
                required = Set.of();
                optional = verb.equals("ListSets") ? Set.of("resumptionToken") : Set.of();
            }
            case "ListMetadataFormats" -> {
                required = Set.of();
                optional = Set.of("identifier");
            }
            case "GetRecord" -> {
                required = Set.of("identifier", "metadataPrefix");
                optional = Set.of();
            }
            default -> {
                required = Set.of("metadataPrefix");
                optional = Set.of("from", "until", "set", "resumptionToken");
            }
        }
        Map<String, String> args = new HashMap<>();
        for (Map.Entry<String, List<String>> e : parameters.entrySet()) {
            if (e.getKey().equals("verb")) {
                continue;
            }
            if (!required.contains(e.getKey()) && !optional.contains(e.getKey())) {
                throw new OaiError("badArgument", "Illegal argument: " + e.getKey());
            }
            if (e.getValue().size() != 1) {
                throw new OaiError("badArgument", "Repeated argument: " + e.getKey());
            }
            args.put(e.getKey(), e.getValue().get(0));
        }
        if (args.containsKey("resumptionToken")) {
            if (args.size() != 1) {
                throw new OaiError("badArgument", "resumptionToken is an exclusive argument.");
            }
            return args;
        }
        for (String name : required) {
            if (!args.containsKey(name) || args.get(name).isBlank()) {
                throw new OaiError("badArgument", "Missing argument: " + name);
            }
        }
        return args;
    }

    private void identify(StringBuilder body, String baseUrl) {
        OffsetDateTime earliest = em.createQuery(
                        "select min(p.updatedAt) from Publication p where p.status = :published", OffsetDateTime.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getSingleResult();
        body.append("  <Identify>\n")
                .append("    <repositoryName>Beacon publications</repositoryName>\n")
                .append("    <baseURL>")
                .append(escape(baseUrl))
                .append("</baseURL>\n")
                .append("    <protocolVersion>2.0</protocolVersion>\n")
                .append("    <adminEmail>publications@beaconportal.org</adminEmail>\n")
                .append("    <earliestDatestamp>")
                .append(earliest == null ? "2000-01-01T00:00:00Z" : stamp(earliest))
                .append("</earliestDatestamp>\n")
                .append("    <deletedRecord>no</deletedRecord>\n")
                .append("    <granularity>YYYY-MM-DDThh:mm:ssZ</granularity>\n")
                .append("  </Identify>\n");
    }

    private void listMetadataFormats(StringBuilder body, String identifier) {
        if (identifier != null) {
            publication(identifier);
        }
        body.append("  <ListMetadataFormats>\n")
                .append("    <metadataFormat>\n")
                .append("      <metadataPrefix>oai_dc</metadataPrefix>\n")
                .append("      <schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>\n")
                .append("      <metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace>\n")
                .append("    </metadataFormat>\n")
                .append("  </ListMetadataFormats>\n");
    }

    private static void listSets(StringBuilder body) {
        body.append("  <ListSets>\n");
        for (PublicationKind kind : PublicationKind.values()) {
            body.append("    <set><setSpec>kind:")
                    .append(kind.key())
                    .append("</setSpec><setName>")
                    .append(kindName(kind))
                    .append("</setName></set>\n");
        }
        body.append("  </ListSets>\n");
    }

    private void getRecord(StringBuilder body, Map<String, String> args, String origin) {
        Publication p = publication(args.get("identifier"));
        requireOaiDc(args.get("metadataPrefix"));
        body.append("  <GetRecord>\n");
        record(body, p, origin);
        body.append("  </GetRecord>\n");
    }

    private void list(StringBuilder body, String verb, Map<String, String> args, String origin) {
        Harvest harvest = args.containsKey("resumptionToken")
                ? Harvest.fromToken(args.get("resumptionToken"))
                : new Harvest(args.get("metadataPrefix"), args.get("from"), args.get("until"), args.get("set"), 0);
        requireOaiDc(harvest.prefix());
        OffsetDateTime from = harvest.from() == null ? null : parseStamp(harvest.from(), false);
        OffsetDateTime until = harvest.until() == null ? null : parseStamp(harvest.until(), true);
        if (harvest.from() != null && harvest.until() != null) {
            if (harvest.from().length() != harvest.until().length()) {
                throw new OaiError("badArgument", "from and until must have the same granularity.");
            }
            if (from.isAfter(until)) {
                throw new OaiError("badArgument", "from is later than until.");
            }
        }
        PublicationKind kind = null;
        if (harvest.set() != null) {
            String set = harvest.set();
            kind = set.startsWith("kind:")
                    ? PublicationKind.fromKey(set.substring(5)).orElse(null)
                    : null;
            if (kind == null) {
                throw new OaiError("noRecordsMatch", "There is no such set.");
            }
        }
        StringBuilder where = new StringBuilder(" where p.status = :published");
        Map<String, Object> values = new HashMap<>();
        values.put("published", ContentStatus.PUBLISHED);
        if (from != null) {
            where.append(" and p.updatedAt >= :from");
            values.put("from", from);
        }
        if (until != null) {
            where.append(" and p.updatedAt < :until");
            values.put("until", until);
        }
        if (kind != null) {
            where.append(" and p.kind = :kind");
            values.put("kind", kind);
        }
        long total = typed("select count(p) from Publication p" + where, Long.class, values)
                .getSingleResult();
        if (total == 0) {
            throw new OaiError("noRecordsMatch", "No publication matches.");
        }
        if (harvest.offset() >= total && harvest.offset() > 0) {
            throw new OaiError("badResumptionToken", "The resumption token is past the end of the list.");
        }
        List<Publication> page = typed(
                        "select p from Publication p" + where + " order by p.id", Publication.class, values)
                .setFirstResult(harvest.offset())
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        body.append("  <").append(verb).append(">\n");
        for (Publication p : page) {
            if (verb.equals("ListRecords")) {
                record(body, p, origin);
            } else {
                header(body, p);
            }
        }
        int next = harvest.offset() + page.size();
        if (harvest.offset() > 0 || next < total) {
            body.append("    <resumptionToken completeListSize=\"")
                    .append(total)
                    .append("\" cursor=\"")
                    .append(harvest.offset())
                    .append("\">");
            if (next < total) {
                body.append(
                        new Harvest(harvest.prefix(), harvest.from(), harvest.until(), harvest.set(), next).token());
            }
            body.append("</resumptionToken>\n");
        }
        body.append("  </").append(verb).append(">\n");
    }

    private <T> TypedQuery<T> typed(String jpql, Class<T> type, Map<String, Object> values) {
        TypedQuery<T> q = em.createQuery(jpql, type);
        values.forEach(q::setParameter);
        return q;
    }

    /** Day granularity covers the whole day; seconds are inclusive. */
    static OffsetDateTime parseStamp(String value, boolean until) {
        try {
            if (value.length() == 10) {
                OffsetDateTime day = LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
                return until ? day.plusDays(1) : day;
            }
            if (value.length() == 20 && value.endsWith("Z")) {
                OffsetDateTime t = OffsetDateTime.parse(value);
                return until ? t.plusSeconds(1) : t;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new OaiError("badArgument", "Dates are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.");
    }

    private static void requireOaiDc(String prefix) {
        if (!OAI_DC.equals(prefix)) {
            throw new OaiError("cannotDisseminateFormat", "Only oai_dc is offered.");
        }
    }

    private Publication publication(String identifier) {
        if (identifier == null || !identifier.startsWith(IDENTIFIER_PREFIX)) {
            throw new OaiError("idDoesNotExist", "Unknown identifier.");
        }
        try {
            Publication p =
                    em.find(Publication.class, Long.parseLong(identifier.substring(IDENTIFIER_PREFIX.length())));
            if (p == null || p.getStatus() != ContentStatus.PUBLISHED) {
                throw new OaiError("idDoesNotExist", "Unknown identifier.");
            }
            return p;
        } catch (NumberFormatException e) {
            throw new OaiError("idDoesNotExist", "Unknown identifier.");
        }
    }

    private static void header(StringBuilder body, Publication p) {
        body.append("    <header>\n")
                .append("      <identifier>")
                .append(IDENTIFIER_PREFIX)
                .append(p.getId())
                .append("</identifier>\n")
                .append("      <datestamp>")
                .append(stamp(p.getUpdatedAt()))
                .append("</datestamp>\n")
                .append("      <setSpec>kind:")
                .append(p.getKind().key())
                .append("</setSpec>\n")
                .append("    </header>\n");
    }

    private static void record(StringBuilder body, Publication p, String origin) {
        String lang = p.getLanguage();
        String url = origin + (lang.equals("es") ? "/es" : "") + p.publicPath();
        body.append("    <record>\n");
        header(body, p);
        body.append("      <metadata>\n")
                .append("        <oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai_dc/")
                .append(" http://www.openarchives.org/OAI/2.0/oai_dc.xsd\">\n");
        String title = p.getSubtitle() == null ? p.getTitle() : p.getTitle() + ": " + p.getSubtitle();
        dc(body, "title", title, lang);
        p.getAuthorList().forEach(a -> dc(body, "creator", a, null));
        for (Term term : p.getTerms()) {
            dc(body, "subject", term.label(lang), lang);
        }
        if (p.getSummary() != null) {
            dc(body, "description", p.getSummary(), lang);
        }
        if (p.getPublisher() != null) {
            dc(body, "publisher", p.getPublisher(), null);
        }
        if (p.getIssued() != null) {
            dc(body, "date", p.getIssued().toString(), null);
        }
        dc(body, "type", "Text", null);
        dc(body, "type", kindName(p.getKind()), "en");
        dc(body, "format", "application/pdf", null);
        dc(body, "identifier", url, null);
        if (p.getDoi() != null) {
            dc(body, "identifier", "https://doi.org/" + p.getDoi(), null);
        }
        if (p.getIsbn() != null) {
            dc(body, "identifier", "urn:isbn:" + p.getIsbn(), null);
        }
        if (p.getReportNumber() != null) {
            dc(body, "identifier", p.getReportNumber(), null);
        }
        dc(body, "language", lang, null);
        if (p.getLicence() != null) {
            dc(body, "rights", p.getLicence(), null);
        }
        body.append("        </oai_dc:dc>\n").append("      </metadata>\n").append("    </record>\n");
    }

    private static void dc(StringBuilder body, String element, String value, String lang) {
        body.append("          <dc:").append(element);
        if (lang != null) {
            body.append(" xml:lang=\"").append(lang).append('"');
        }
        body.append('>').append(escape(value)).append("</dc:").append(element).append(">\n");
    }

    private static String kindName(PublicationKind kind) {
        String words = kind.key().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The request element: attributes only for arguments that were valid. */
    private static void request(StringBuilder xml, String baseUrl, Map<String, String> args, String verb) {
        xml.append("  <request");
        if (verb != null) {
            xml.append(" verb=\"").append(verb).append('"');
            args.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> xml.append(' ')
                    .append(e.getKey())
                    .append("=\"")
                    .append(escape(e.getValue()))
                    .append('"'));
        }
        xml.append('>').append(escape(baseUrl)).append("</request>\n");
    }

    /** The arguments of a request that failed for a reason other than its syntax (safe to echo). */
    private static Map<String, String> echoable(Map<String, List<String>> parameters, String verb) {
        Map<String, String> args = arguments(parameters, verb);
        Map<String, String> safe = new HashMap<>();
        args.forEach((k, v) -> {
            boolean valid =
                    switch (k) {
                        case "metadataPrefix" -> v.matches("[A-Za-z0-9\\-_.!~*'()]+");
                        case "set" -> v.matches("([A-Za-z0-9\\-_.!~*'()])+(:[A-Za-z0-9\\-_.!~*'()]+)*");
                        case "from", "until" -> v.matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?");
                        case "identifier" -> v.matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"]+");
                        default -> true;
                    };
            if (valid) {
                safe.put(k, v);
            }
        });
        return safe;
    }

    private static String error(
            StringBuilder xml, String baseUrl, String verb, Map<String, String> args, String code, String message) {
        request(xml, baseUrl, args == null ? Map.of() : args, verb);
        xml.append("  <error code=\"")
                .append(code)
                .append("\">")
                .append(escape(message))
                .append("</error>\n");
        xml.append("</OAI-PMH>\n");
        return xml.toString();
    }

    static String stamp(OffsetDateTime time) {
        return SECONDS.format(time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
