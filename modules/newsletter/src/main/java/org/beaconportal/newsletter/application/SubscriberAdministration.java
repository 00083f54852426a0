package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.Editor;
import org.beaconportal.newsletter.domain.EmailAddress;
import org.beaconportal.newsletter.domain.Interest;
import org.beaconportal.newsletter.domain.InvalidSubscriptionException;
import org.beaconportal.newsletter.domain.Subscriber;
import org.beaconportal.newsletter.domain.SubscriberStatus;

/**
 * Staff's work on the list: search and filter, CSV export (with status and interests), CSV import
 * (with its consent source, a line-by-line report and no duplicates), and deleting a person's data
 * on request, keeping only anonymous delivery counts.
 */
@ApplicationScoped
@Transactional
public class SubscriberAdministration {

    /** CSV columns, in order, of both export and import. */
    public static final String HEADER = "email,name,language,interests,status,consent_at,consent_source";

    /** What an import did, line by line. */
    public record ImportReport(int added, int duplicates, List<String> refused) {}

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscriber> search(String text, SubscriberStatus status, int first, int max) {
        TypedQuery<Subscriber> query = em.createQuery(
                "select s from Subscriber s" + where(text, status) + " order by s.createdAt desc, s.id desc",
                Subscriber.class);
        bind(query, text, status);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String text, SubscriberStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Subscriber s" + where(text, status), Long.class);
        bind(query, text, status);
        return query.getSingleResult();
    }

    /** Subscribers per status, for the staff overview. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<SubscriberStatus, Long> countsByStatus() {
        Map<SubscriberStatus, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select s.status, count(s) from Subscriber s group by s.status", Object[].class)
                .getResultList()) {
            counts.put((SubscriberStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Deletes the person's data; deliveries keep only their counts. */
    public void delete(Editor editor, long subscriberId) {
        editor.requireStaff();
        Subscriber subscriber = em.find(Subscriber.class, subscriberId);
        if (subscriber == null) {
            return;
        }
        em.createQuery("update Delivery d set d.email = null, d.subscriberId = null where d.subscriberId = :id")
                .setParameter("id", subscriberId)
                .executeUpdate();
        em.remove(subscriber);
        audit.record(editor.name(), "newsletter.subscriber.deleted", "subscriber", String.valueOf(subscriberId), "");
    }

    /** Every subscriber as CSV (RFC 4180), in the {@link #HEADER} columns. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportCsv(Editor editor) {
        editor.requireStaff();
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        int first = 0;
        List<Subscriber> page;
        do {
            page = em.createQuery("select s from Subscriber s order by s.id", Subscriber.class)
                    .setFirstResult(first)
                    .setMaxResults(1000)
                    .getResultList();
            for (Subscriber s : page) {
                csv.append(cell(s.getEmail()))
                        .append(',')
                        .append(cell(s.getName()))
                        .append(',')
                        .append(s.getLanguage())
                        .append(',')
                        .append(cell(s.getInterestCodes().replace(',', ' ')))
                        .append(',')
                        .append(s.getStatus().name().toLowerCase(Locale.ROOT))
                        .append(',')
                        .append(s.getConsentAt())
                        .append(',')
                        .append(cell(s.getConsentSource()))
                        .append("\r\n");
            }
            first += page.size();
        } while (page.size() == 1000);
        return csv.toString();
    }

    /**
     * Imports confirmed subscribers from CSV ({@code email} required; {@code name}, {@code language},
     * {@code interests} separated by spaces, optional), recording {@code consentSource} (where they
     * agreed, e.g. "sign-up sheet, 2026 conference"). Addresses already on the list are left as
     * they are; nothing is stored when the file has no email column.
     */
    public ImportReport importCsv(Editor editor, Reader reader, String consentSource) throws IOException {
        editor.requireStaff();
        if (consentSource == null || consentSource.isBlank() || consentSource.length() > 60) {
            throw new InvalidSubscriptionException("newsletter.import.sourceRequired");
        }
        BufferedReader lines = new BufferedReader(reader);
        String headerLine = lines.readLine();
        if (headerLine == null) {
            throw new InvalidSubscriptionException("newsletter.import.empty");
        }
        List<String> header = parse(headerLine.replace("\uFEFF", ""));
        int emailColumn = header.indexOf("email");
        if (emailColumn < 0) {
            throw new InvalidSubscriptionException("newsletter.import.noEmailColumn");
        }
        int nameColumn = header.indexOf("name");
        int languageColumn = header.indexOf("language");
        int interestsColumn = header.indexOf("interests");
        OffsetDateTime now = OffsetDateTime.now(clock);
        Subscriber.Consent consent = new Subscriber.Consent(now, "import: " + consentSource.strip(), "import", null);
        int added = 0;
        int duplicates = 0;
        List<String> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = parse(line);
            try {
                EmailAddress email = EmailAddress.of(at(cells, emailColumn));
                if (!seen.add(email.value()) || exists(email.value())) {
                    duplicates++;
                    continue;
                }
                String language = at(cells, languageColumn);
                Set<Interest> interests = interestsColumn < 0
                        ? EnumSet.allOf(Interest.class)
                        : Interest.parse(at(cells, interestsColumn).replace(' ', ','));
                Subscriber subscriber = new Subscriber(
                        email,
                        at(cells, nameColumn),
                        language == null || language.isBlank()
                                ? "en"
                                : language.strip().toLowerCase(Locale.ROOT),
                        interests,
                        consent,
                        now);
                subscriber.confirm(now);
                em.persist(subscriber);
                added++;
            } catch (IllegalArgumentException e) {
                refused.add(String.valueOf(number));
            }
        }
        audit.record(editor.name(), "newsletter.subscribers.imported", "subscriber", "-", added + " added");
        return new ImportReport(added, duplicates, refused);
    }

    private boolean exists(String email) {
        return !em.createNamedQuery("Subscriber.byEmail", Subscriber.class)
                .setParameter("email", email)
                .getResultList()
                .isEmpty();
    }

    private static String at(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    /** One CSV line (RFC 4180 quoting; no line breaks inside cells). */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** A CSV cell, quoted when needed; a leading formula character is neutralised for spreadsheets. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }

    private static String where(String text, SubscriberStatus status) {
        List<String> conditions = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(s.email) like :text or lower(s.name) like :text)");
        }
        if (status != null) {
            conditions.add("s.status = :status");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, String text, SubscriberStatus status) {
        if (text != null && !text.isBlank()) {
            query.setParameter(
                    "text",
                    "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (status != null) {
            query.setParameter("status", status);
        }
    }
}
