package org.beaconportal.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;

/**
 * An event, training or coalition meeting, served at {@code /newsletter/events/{slug}}: when (with
 * its time zone), where (a place, an online link or both), how to register and whom to ask for
 * accessibility accommodations. Edited in core's editor through {@link #typeFields()}.
 */
@Entity
@Table(name = "newsletter_event")
@DiscriminatorValue(Event.TYPE)
public class Event extends ContentItem {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "event";

    /** Zone of the coalition's events unless staff choose another. */
    public static final String DEFAULT_ZONE = "America/Denver";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventKind kind = EventKind.EVENT;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone = DEFAULT_ZONE;

    @Column(length = 300)
    private String location;

    @Column(name = "online_url", length = 500)
    private String onlineUrl;

    @Column(name = "registration_url", length = 500)
    private String registrationUrl;

    @Column(name = "accessibility_contact", length = 300)
    private String accessibilityContact;

    protected Event() {}

    public Event(Slug slug, String language, String title, String author, OffsetDateTime now) {
        super("newsletter", slug, language, title, author, now);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String publicPath() {
        return "/newsletter/events/" + getSlug();
    }

    @Override
    protected Map<String, String> typeFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind.code());
        fields.put("start", local(startsAt));
        fields.put("end", local(endsAt));
        fields.put("timeZone", timeZone);
        fields.put("location", orEmpty(location));
        fields.put("onlineUrl", orEmpty(onlineUrl));
        fields.put("registrationUrl", orEmpty(registrationUrl));
        fields.put("accessibilityContact", orEmpty(accessibilityContact));
        return fields;
    }

    @Override
    protected void restoreTypeFields(Map<String, String> fields) {
        EventKind newKind = parseKind(text(fields, "kind"));
        String zoneText = text(fields, "timeZone");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText == null ? DEFAULT_ZONE : zoneText);
        } catch (DateTimeException e) {
            throw new InvalidContentException("newsletter.event.zoneInvalid", zoneText);
        }
        OffsetDateTime start = parseLocal(text(fields, "start"), zone, "newsletter.event.startInvalid");
        if (start == null) {
            throw new InvalidContentException("newsletter.event.startRequired");
        }
        OffsetDateTime end = parseLocal(text(fields, "end"), zone, "newsletter.event.endInvalid");
        if (end != null && !end.isAfter(start)) {
            throw new InvalidContentException("newsletter.event.endBeforeStart");
        }
        String newLocation = limited(text(fields, "location"), 300, "newsletter.event.locationTooLong");
        String newOnline = url(text(fields, "onlineUrl"), "newsletter.event.onlineUrlInvalid");
        if (newLocation == null && newOnline == null) {
            throw new InvalidContentException("newsletter.event.placeRequired");
        }
        String newRegistration = url(text(fields, "registrationUrl"), "newsletter.event.registrationUrlInvalid");
        String newContact =
                limited(text(fields, "accessibilityContact"), 300, "newsletter.event.accessibilityContactTooLong");
        kind = newKind;
        timeZone = zone.getId();
        startsAt = start;
        endsAt = end;
        location = newLocation;
        onlineUrl = newOnline;
        registrationUrl = newRegistration;
        accessibilityContact = newContact;
    }

    private static EventKind parseKind(String value) {
        if (value == null) {
            return EventKind.EVENT;
        }
        try {
            return EventKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException("newsletter.event.kindInvalid", value);
        }
    }

    private static OffsetDateTime parseLocal(String value, ZoneId zone, String key) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.of(LocalDateTime.parse(value, LOCAL), zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidContentException(key, value);
        }
    }

    private static String url(String value, String key) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme();
            if (uri.getHost() == null
                    || scheme == null
                    || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || value.length() > 500) {
                throw new InvalidContentException(key, value);
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(key, value);
        }
    }

    private static String limited(String value, int max, String key) {
        if (value != null && value.length() > max) {
            throw new InvalidContentException(key, max);
        }
        return value;
    }

    private static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String local(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZoneId.of(timeZone)).format(LOCAL);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Start in the event's own time zone. */
    public ZonedDateTime getStartInZone() {
        return startsAt == null ? null : startsAt.atZoneSameInstant(ZoneId.of(timeZone));
    }

    /** End in the event's own time zone, or {@code null}. */
    public ZonedDateTime getEndInZone() {
        return endsAt == null ? null : endsAt.atZoneSameInstant(ZoneId.of(timeZone));
    }

    public EventKind getKind() {
        return kind;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getLocation() {
        return location;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public String getRegistrationUrl() {
        return registrationUrl;
    }

    public String getAccessibilityContact() {
        return accessibilityContact;
    }
}
