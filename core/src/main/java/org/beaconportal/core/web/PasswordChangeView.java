package org.beaconportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.beaconportal.core.application.AccountService;
import org.beaconportal.core.application.BusinessRuleException;

/** A logged-in user changes their own password. */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    @NotBlank
    private String currentPassword;

    @NotBlank
    private String newPassword;

    @NotBlank
    private String confirmation;

    public void change() {
        if (!newPassword.equals(confirmation)) {
            Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, "password.mismatch");
            return;
        }
        try {
            accounts.changeOwnPassword(security.getCallerPrincipal().getName(), currentPassword, newPassword);
            currentPassword = null;
            newPassword = null;
            confirmation = null;
            Texts.addInfo("password.changed");
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
