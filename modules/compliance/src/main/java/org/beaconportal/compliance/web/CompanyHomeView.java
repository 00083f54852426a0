package org.beaconportal.compliance.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.beaconportal.compliance.application.CompanyAccess;
import org.beaconportal.compliance.application.CompanyDataRights;
import org.beaconportal.compliance.application.CompanyRegistration;
import org.beaconportal.compliance.domain.Company;
import org.beaconportal.compliance.domain.CompanyMember;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.MailDeliveryException;
import org.beaconportal.core.web.PageLanguage;

/**
 * The company's home ({@code /company}): who is in it, the language of one's own e-mails, inviting
 * colleagues, and the owner's data rights.
 */
@Named
@ViewScoped
public class CompanyHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyRegistration registration;

    @Inject
    CompanyAccess access;

    @Inject
    CompanyDataRights dataRights;

    @Inject
    PageLanguage language;

    private String inviteEmail;
    private String confirmName;
    private String mailLanguage;

    public Company getCompany() {
        return registration.company();
    }

    public List<CompanyMember> getMembers() {
        return registration.members();
    }

    public boolean isOwner() {
        return access.member().isOwner();
    }

    public void invite() {
        try {
            registration.invite(inviteEmail, language.getCode(), ComplianceFaces.linkBase(language));
            ComplianceFaces.info("compliance.invite.sent", inviteEmail);
            inviteEmail = null;
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        } catch (MailDeliveryException e) {
            ComplianceFaces.error("compliance.mail.failed");
        }
    }

    /** {@code en}, {@code es}, or empty for both languages. */
    public String getMailLanguage() {
        if (mailLanguage == null) {
            String known = access.member().getLanguage();
            mailLanguage = known == null ? "" : known;
        }
        return mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = mailLanguage == null ? "" : mailLanguage;
    }

    public void saveMailLanguage() {
        try {
            registration.preferLanguage(mailLanguage);
            ComplianceFaces.info("compliance.mailLanguage.saved");
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    /** Deletes the company once its name was typed, then logs out and returns to the public page. */
    public void deleteCompany() throws ServletException {
        try {
            dataRights.delete(confirmName);
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ((HttpServletRequest) context.getExternalContext().getRequest()).logout();
        context.getExternalContext().invalidateSession();
        ComplianceFaces.redirect(language, "/compliance?deleted=true");
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getConfirmName() {
        return confirmName;
    }

    public void setConfirmName(String confirmName) {
        this.confirmName = confirmName;
    }
}
