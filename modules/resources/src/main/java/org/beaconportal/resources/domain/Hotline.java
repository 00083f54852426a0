package org.beaconportal.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.resources.ResourcesModule;

/**
 * A hotline card of the Get help page (call, text, TTY, hours, languages), edited by staff like
 * any content; the summary says who answers and the body may add detail. Cards show in order of
 * their position.
 */
@Entity
@Table(name = "resources_hotline")
@DiscriminatorValue(Hotline.TYPE)
public class Hotline extends ContentItem {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "hotline";

    private static final Pattern NUMBER = Pattern.compile("[0-9+()\\-. ]{3,40}");

    @Column(name = "call_number", length = 40)
    private String callNumber;

    @Column(name = "text_number", length = 40)
    private String textNumber;

    @Column(name = "tty_number", length = 40)
    private String ttyNumber;

    @Column(length = 200)
    private String hours;

    @Column(name = "languages_text", length = 200)
    private String languages;

    @Column(length = 500)
    private String website;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected Hotline() {}

    public Hotline(Slug slug, String language, String title, String author, OffsetDateTime now) {
        super(ResourcesModule.ID, slug, language, title, author, now);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String publicPath() {
        return "/resources/help";
    }

    @Override
    protected Map<String, String> typeFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("call", callNumber == null ? "" : callNumber);
        fields.put("text", textNumber == null ? "" : textNumber);
        fields.put("tty", ttyNumber == null ? "" : ttyNumber);
        fields.put("hours", hours == null ? "" : hours);
        fields.put("languages", languages == null ? "" : languages);
        fields.put("website", website == null ? "" : website);
        fields.put("position", String.valueOf(position));
        return fields;
    }

    @Override
    protected void restoreTypeFields(Map<String, String> fields) {
        String call = number(fields.get("call"));
        String text = number(fields.get("text"));
        String tty = number(fields.get("tty"));
        if (call == null && text == null && tty == null) {
            throw new InvalidContentException("resources.hotline.numberRequired");
        }
        String site = blank(fields.get("website"), 500);
        if (site != null && !Law.isWebAddress(site)) {
            throw new InvalidContentException("resources.org.websiteInvalid", site);
        }
        String positionText = fields.getOrDefault("position", "").strip();
        int parsed;
        try {
            parsed = positionText.isEmpty() ? 0 : Integer.parseInt(positionText);
        } catch (NumberFormatException e) {
            throw new InvalidContentException("resources.topic.positionInvalid", positionText);
        }
        if (parsed < 0 || parsed > 999) {
            throw new InvalidContentException("resources.topic.positionInvalid", positionText);
        }
        this.callNumber = call;
        this.textNumber = text;
        this.ttyNumber = tty;
        this.hours = blank(fields.get("hours"), 200);
        this.languages = blank(fields.get("languages"), 200);
        this.website = site;
        this.position = parsed;
    }

    private static String number(String value) {
        String text = blank(value, 40);
        if (text != null && !NUMBER.matcher(text).matches()) {
            throw new InvalidContentException("resources.org.phoneInvalid", text);
        }
        return text;
    }

    private static String blank(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidContentException("resources.field.tooLong", max);
        }
        return text;
    }

    /** A number as a {@code tel:}/{@code sms:} target: digits and a leading plus only. */
    public static String dialable(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("[^0-9+]", "");
        if (digits.length() == 10 && !digits.startsWith("+")) {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        return digits;
    }

    public String getCallNumber() {
        return callNumber;
    }

    public String getTextNumber() {
        return textNumber;
    }

    public String getTtyNumber() {
        return ttyNumber;
    }

    public String getHours() {
        return hours;
    }

    public String getLanguages() {
        return languages;
    }

    public String getWebsite() {
        return website;
    }

    public int getPosition() {
        return position;
    }

    public String getCallHref() {
        return callNumber == null ? null : "tel:" + dialable(callNumber);
    }

    public String getTextHref() {
        return textNumber == null ? null : "sms:" + dialable(textNumber);
    }

    public String getTtyHref() {
        return ttyNumber == null ? null : "tel:" + dialable(ttyNumber);
    }
}
