package org.beaconportal.compliance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.compliance.application.CompanyRegistration;
import org.beaconportal.compliance.application.RegistrationRequest;
import org.beaconportal.compliance.domain.SizeBand;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.MailDeliveryException;
import org.beaconportal.core.web.PageLanguage;

/** The public registration form ({@code /compliance/register}); stateless like every public page. */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    CompanyRegistration registration;

    @Inject
    PageLanguage language;

    private String companyName;
    private String sector;
    private SizeBand sizeBand;
    private String country;
    private String contactName;
    private String email;
    private String username;
    private String password;
    private boolean registered;

    public void register() {
        try {
            registration.register(
                    new RegistrationRequest(
                            companyName, sector, sizeBand, country, contactName, email, username, password),
                    language.getCode(),
                    ComplianceFaces.linkBase(language));
            registered = true;
            password = null;
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        } catch (MailDeliveryException e) {
            ComplianceFaces.error("compliance.mail.failed");
        }
    }

    public List<SizeBand> getSizeBands() {
        return List.of(SizeBand.values());
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public void setSizeBand(SizeBand sizeBand) {
        this.sizeBand = sizeBand;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
