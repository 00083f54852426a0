package org.beaconportal.compliance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beaconportal.compliance.application.CompanyRegistration;
import org.beaconportal.core.application.BusinessRuleException;

/**
 * Confirms an e-mail address ({@code /compliance/verify?token=...}). Opening the link only shows a
 * button; the address is confirmed when the button is pressed, so link scanners confirm nothing.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    CompanyRegistration registration;

    private String token;
    private String companyName;

    public void verify() {
        try {
            companyName = registration.verify(token);
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public boolean isVerified() {
        return companyName != null;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
