package org.beaconportal.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.resources.ResourcesModule;

/**
 * A listing of the service directory, served at {@code /resources/directory/{slug}}: the title is
 * the organization's name and the summary describes what it does. Services, languages and counties
 * come from fixed lists so that searching by them is exact.
 *
 * <pre>{@code
 * Organization org = new Organization(Slug.fromTitle(name), "en", name, "editor", now);
 * org.describe(details);
 * }</pre>
 */
@Entity
@Table(name = "resources_organization")
@DiscriminatorValue(Organization.TYPE)
public class Organization extends ContentItem {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "organization";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{3,40}");

    @Column(nullable = false, length = 400)
    private String services = "";

    @Column(length = 500)
    private String populations = "";

    @Column(nullable = false, length = 200)
    private String languages = "";

    @Column(nullable = false, length = 1000)
    private String counties = "";

    @Column(length = 40)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 500)
    private String website;

    @Column(length = 300)
    private String address;

    @Column(length = 300)
    private String hours;

    @Column(length = 500)
    private String accessibility;

    @Column(name = "last_verified")
    private LocalDate lastVerified;

    @Column(name = "demo_listing", nullable = false)
    private boolean demo;

    protected Organization() {}

    public Organization(Slug slug, String language, String title, String author, OffsetDateTime now) {
        super(ResourcesModule.ID, slug, language, title, author, now);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String publicPath() {
        return "/resources/directory/" + getSlug();
    }

    /**
     * Sets the listing's details from text (an editor's form or a CSV row), checking every value
     * before changing any. The keys are those of {@link #typeFields()}.
     */
    public void describe(Map<String, String> fields) {
        Set<String> serviceCodes = new LinkedHashSet<>();
        for (String code : ListField.parse(fields.get("services"))) {
            ServiceKind service = ServiceKind.fromCode(code);
            if (service == null) {
                throw new InvalidContentException("resources.org.serviceInvalid", code);
            }
            serviceCodes.add(service.code());
        }
        if (serviceCodes.isEmpty()) {
            throw new InvalidContentException("resources.org.servicesRequired");
        }
        Set<String> languageCodes = new LinkedHashSet<>();
        for (String code : ListField.parse(fields.get("languages"))) {
            String normal = code.toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(normal).matches()) {
                throw new InvalidContentException("resources.org.languageInvalid", code);
            }
            languageCodes.add(normal);
        }
        if (languageCodes.isEmpty()) {
            throw new InvalidContentException("resources.org.languagesRequired");
        }
        Set<String> countyNames = new LinkedHashSet<>();
        for (String name : ListField.parse(fields.get("counties"))) {
            countyNames.add(ColoradoCounties.normalize(name)
                    .orElseThrow(() -> new InvalidContentException("resources.org.countyInvalid", name)));
        }
        if (countyNames.isEmpty()) {
            throw new InvalidContentException("resources.org.countiesRequired");
        }
        String newPhone = text(fields, "phone", 40);
        if (newPhone != null && !PHONE.matcher(newPhone).matches()) {
            throw new InvalidContentException("resources.org.phoneInvalid", newPhone);
        }
        String newEmail = text(fields, "email", 200);
        if (newEmail != null && !EMAIL.matcher(newEmail).matches()) {
            throw new InvalidContentException("resources.org.emailInvalid", newEmail);
        }
        String newWebsite = text(fields, "website", 500);
        if (newWebsite != null && !Law.isWebAddress(newWebsite)) {
            throw new InvalidContentException("resources.org.websiteInvalid", newWebsite);
        }
        if (newPhone == null && newEmail == null && newWebsite == null) {
            throw new InvalidContentException("resources.org.contactRequired");
        }
        String verifiedText = text(fields, "lastVerified", 10);
        LocalDate verified;
        try {
            verified = verifiedText == null ? null : LocalDate.parse(verifiedText);
        } catch (DateTimeParseException e) {
            throw new InvalidContentException("resources.org.dateInvalid", verifiedText);
        }
        String populationText = ListField.toColumn(ListField.parse(fields.get("populations")));
        if (populationText.length() > 500) {
            throw new InvalidContentException("resources.field.tooLong", 500);
        }
        String countyText = ListField.toColumn(countyNames);
        String newAddress = text(fields, "address", 300);
        String newHours = text(fields, "hours", 300);
        String newAccessibility = text(fields, "accessibility", 500);
        this.services = ListField.toColumn(serviceCodes);
        this.languages = ListField.toColumn(languageCodes);
        this.counties = countyText;
        this.populations = populationText;
        this.phone = newPhone;
        this.email = newEmail;
        this.website = newWebsite;
        this.address = newAddress;
        this.hours = newHours;
        this.accessibility = newAccessibility;
        this.lastVerified = verified;
        this.demo = "true".equalsIgnoreCase(String.valueOf(fields.get("demo")).strip());
    }

    private static String text(Map<String, String> fields, String key, int max) {
        String value = fields.get(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidContentException("resources.field.tooLong", max);
        }
        return stripped;
    }

    @Override
    protected Map<String, String> typeFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("services", ListField.toText(getServices()));
        fields.put("populations", ListField.toText(getPopulations()));
        fields.put("languages", ListField.toText(getLanguages()));
        fields.put("counties", ListField.toText(getCounties()));
        fields.put("phone", phone == null ? "" : phone);
        fields.put("email", email == null ? "" : email);
        fields.put("website", website == null ? "" : website);
        fields.put("address", address == null ? "" : address);
        fields.put("hours", hours == null ? "" : hours);
        fields.put("accessibility", accessibility == null ? "" : accessibility);
        fields.put("lastVerified", lastVerified == null ? "" : lastVerified.toString());
        fields.put("demo", String.valueOf(demo));
        return fields;
    }

    @Override
    protected void restoreTypeFields(Map<String, String> fields) {
        describe(fields);
    }

    /** Service codes ({@link ServiceKind#code()}). */
    public List<String> getServices() {
        return List.copyOf(ListField.fromColumn(services));
    }

    public List<String> getPopulations() {
        return List.copyOf(ListField.fromColumn(populations));
    }

    /** Language codes ({@code en}, {@code es}, {@code vi}). */
    public List<String> getLanguages() {
        return List.copyOf(ListField.fromColumn(languages));
    }

    /** County names, or {@link ColoradoCounties#STATEWIDE}. */
    public List<String> getCounties() {
        return List.copyOf(ListField.fromColumn(counties));
    }

    public boolean offers(String serviceCode) {
        return getServices().contains(serviceCode);
    }

    public boolean speaks(String languageCode) {
        return getLanguages().contains(languageCode);
    }

    public boolean serves(String county) {
        List<String> served = getCounties();
        return served.contains(ColoradoCounties.STATEWIDE) || served.contains(county);
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public String getAddress() {
        return address;
    }

    public String getHours() {
        return hours;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    /** True for a made-up listing loaded as demo content (shown with a notice). */
    public boolean isDemo() {
        return demo;
    }
}
