package org.beaconportal.compliance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beaconportal.compliance.application.CompanyRegistration;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.web.PageLanguage;

/** Accepting an invitation ({@code /compliance/join?token=...}): the colleague chooses a login. */
@Named
@RequestScoped
public class JoinView {

    @Inject
    CompanyRegistration registration;

    @Inject
    PageLanguage language;

    private String token;
    private String companyName;
    private String username;
    private String displayName;
    private String password;
    private boolean joined;
    private boolean invalid;

    public void load() {
        try {
            companyName = registration.invitationCompany(token);
        } catch (BusinessRuleException e) {
            invalid = true;
            ComplianceFaces.error(e);
        }
    }

    public void join() {
        try {
            registration.join(token, username, displayName, password, language.getCode());
            joined = true;
            password = null;
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public boolean isJoined() {
        return joined;
    }

    public boolean isInvalid() {
        return invalid;
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
