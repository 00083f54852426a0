package org.beaconportal.core.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.application.AccountService;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.spi.PortalRole;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** User management: list accounts page by page, create one, change roles, disable or enable. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private final LazyDataModel<Account> model = new AccountsModel();

    @NotBlank
    @Size(min = 3, max = 60)
    private String newUsername;

    @NotBlank
    @Size(max = 120)
    private String newDisplayName;

    @Email
    @Size(max = 254)
    private String newEmail;

    private List<PortalRole> newRoles = List.of(PortalRole.EDITOR);

    private String generatedPassword;

    public void create() {
        try {
            String password = accounts.generatePassword(16);
            accounts.create(newUsername, newDisplayName, newEmail, EnumSet.copyOf(rolesOrDefault()), password);
            generatedPassword = password;
            Texts.addInfo("users.created", newUsername);
            newUsername = null;
            newDisplayName = null;
            newEmail = null;
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    private List<PortalRole> rolesOrDefault() {
        return newRoles == null || newRoles.isEmpty() ? List.of(PortalRole.EDITOR) : newRoles;
    }

    public void toggleEnabled(Account account) {
        try {
            if (account.isEnabled()) {
                accounts.disable(account.getId());
                Texts.addInfo("users.disabled", account.getUsername());
            } else {
                accounts.enable(account.getId());
                Texts.addInfo("users.enabled", account.getUsername());
            }
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public void changeRole(Account account, PortalRole role) {
        try {
            accounts.changeRoles(account.getId(), EnumSet.of(role));
            Texts.addInfo("users.rolesChanged", account.getUsername());
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public PortalRole[] getRoles() {
        return PortalRole.values();
    }

    public LazyDataModel<Account> getModel() {
        return model;
    }

    public String getGeneratedPassword() {
        return generatedPassword;
    }

    public void forgetGeneratedPassword() {
        generatedPassword = null;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public List<PortalRole> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<PortalRole> newRoles) {
        this.newRoles = newRoles;
    }

    /** Accounts loaded one page at a time. */
    private class AccountsModel extends LazyDataModel<Account> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count();
        }

        @Override
        public List<Account> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.list(first, pageSize);
        }

        @Override
        public String getRowKey(Account account) {
            return String.valueOf(account.getId());
        }

        @Override
        public Account getRowData(String rowKey) {
            return null;
        }
    }
}
