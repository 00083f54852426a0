package org.beaconportal.resources.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public "suggest a listing" form sends.
 *
 * @param correction true for a correction of an existing listing
 * @param listingSlug for a correction, the listing's address
 * @param name the organization's name
 * @param summary what it does, in a sentence or two
 * @param services service codes
 * @param counties county names
 * @param languages language codes
 * @param phone contact phone
 * @param email contact email of the organization
 * @param website web address
 * @param address street address, if public
 * @param hours opening hours
 * @param message anything else for staff
 * @param honeypot the field people never see; filled in only by robots
 */
public record SuggestionForm(
        boolean correction,
        String listingSlug,
        String name,
        String summary,
        List<String> services,
        List<String> counties,
        List<String> languages,
        String phone,
        String email,
        String website,
        String address,
        String hours,
        String message,
        String honeypot) {

    public SuggestionForm {
        services = services == null ? List.of() : List.copyOf(services);
        counties = counties == null ? List.of() : List.copyOf(counties);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** The details keyed like an organization's fields. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("summary", summary);
        fields.put("services", String.join(", ", services));
        fields.put("counties", String.join(", ", counties));
        fields.put("languages", String.join(", ", languages));
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("website", website);
        fields.put("address", address);
        fields.put("hours", hours);
        return fields;
    }
}
