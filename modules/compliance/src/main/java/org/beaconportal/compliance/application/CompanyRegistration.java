package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.beaconportal.compliance.domain.Company;
import org.beaconportal.compliance.domain.CompanyMember;
import org.beaconportal.compliance.domain.CompanyRepository;
import org.beaconportal.compliance.domain.CompanyToken;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.MailMessage;
import org.beaconportal.core.application.PasswordHasher;
import org.beaconportal.core.application.PasswordPolicy;
import org.beaconportal.core.application.PortalMail;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.domain.AccountRepository;
import org.beaconportal.core.spi.PortalRole;

/**
 * Company accounts: self-registration with e-mail verification, and owners inviting colleagues.
 * A registering owner's account stays disabled until the link in the e-mail is used; an invited
 * colleague proves the address by opening the link and chooses a user name and password there.
 */
@ApplicationScoped
public class CompanyRegistration {

    static final Duration VERIFY_VALIDITY = Duration.ofHours(48);
    static final Duration INVITE_VALIDITY = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @Inject
    CompanyRepository companies;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalMail mail;

    @Inject
    CompanyAccess access;

    @Inject
    Clock clock;

    /**
     * Registers a company with its owner (disabled until verified) and mails the verification link.
     *
     * @param linkBase the portal's address with language prefix, e.g. {@code https://portal.example/es}
     */
    @Transactional
    public void register(RegistrationRequest request, String language, String linkBase) {
        String username = checkNewAccount(request.username(), request.email(), request.password());
        if (request.sizeBand() == null) {
            throw new BusinessRuleException("compliance.register.sizeRequired");
        }
        require(request.companyName(), 200);
        require(request.sector(), 120);
        require(request.country(), 120);
        require(request.contactName(), 120);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Company company = companies.save(
                new Company(request.companyName(), request.sector(), request.sizeBand(), request.country(), now));
        Account account = new Account(
                username,
                request.contactName().trim(),
                hasher.hash(request.password()),
                EnumSet.of(PortalRole.COMPANY),
                now);
        account.changeEmail(request.email());
        account.disable();
        accounts.save(account);
        companies.save(new CompanyMember(
                company.getId(), username, request.email().trim(), true, now, ComplianceTexts.languageCode(language)));
        String token = Tokens.newToken();
        companies.save(new CompanyToken(
                Tokens.hash(token),
                CompanyToken.Purpose.VERIFY,
                company.getId(),
                request.email().trim(),
                username,
                now.plus(VERIFY_VALIDITY)));
        Locale locale = ComplianceTexts.locale(language);
        String link = linkBase + "/compliance/verify?token=" + token;
        mail.send(MailMessage.text(
                request.email().trim(),
                ComplianceTexts.text(locale, "compliance.mail.verify.subject"),
                ComplianceTexts.text(
                        locale,
                        "compliance.mail.verify.body",
                        request.companyName().trim(),
                        link,
                        username)));
    }

    /** Uses a verification link: enables the owner's account. Returns the company's name. */
    @Transactional
    public String verify(String token) {
        CompanyToken found = usable(token, CompanyToken.Purpose.VERIFY);
        Account account = accounts.findByUsername(found.getUsername())
                .orElseThrow(() -> new BusinessRuleException("compliance.token.invalid"));
        account.enable();
        found.use(OffsetDateTime.now(clock));
        return companies.find(found.getCompanyId()).map(Company::getName).orElse("");
    }

    /** The owner invites a colleague by e-mail. */
    @Transactional
    public void invite(String email, String language, String linkBase) {
        CompanyMember owner = access.owner();
        if (email == null || !EMAIL.matcher(email.trim()).matches() || email.length() > 254) {
            throw new BusinessRuleException("compliance.email.invalid");
        }
        Company company = companies.find(owner.getCompanyId()).orElseThrow();
        String token = Tokens.newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        companies.save(new CompanyToken(
                Tokens.hash(token),
                CompanyToken.Purpose.INVITE,
                company.getId(),
                email.trim(),
                null,
                now.plus(INVITE_VALIDITY)));
        Locale locale = ComplianceTexts.locale(language);
        mail.send(MailMessage.text(
                email.trim(),
                ComplianceTexts.text(locale, "compliance.mail.invite.subject", company.getName()),
                ComplianceTexts.text(
                        locale,
                        "compliance.mail.invite.body",
                        company.getName(),
                        linkBase + "/compliance/join?token=" + token)));
    }

    /** The company an invitation link is for (to show it before joining). */
    @Transactional
    public String invitationCompany(String token) {
        CompanyToken found = usable(token, CompanyToken.Purpose.INVITE);
        return companies.find(found.getCompanyId()).map(Company::getName).orElse("");
    }

    /**
     * Uses an invitation link: creates the colleague's account in the inviting company.
     *
     * @param language the language of the page the colleague joined on, kept for their e-mails
     */
    @Transactional
    public void join(String token, String username, String displayName, String password, String language) {
        CompanyToken found = usable(token, CompanyToken.Purpose.INVITE);
        String normalized = checkNewAccount(username, found.getEmail(), password);
        require(displayName, 120);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Account account =
                new Account(normalized, displayName.trim(), hasher.hash(password), EnumSet.of(PortalRole.COMPANY), now);
        account.changeEmail(found.getEmail());
        accounts.save(account);
        companies.save(new CompanyMember(
                found.getCompanyId(),
                normalized,
                found.getEmail(),
                false,
                now,
                ComplianceTexts.languageCode(language)));
        found.use(now);
    }

    /** The caller's choice of e-mail language: {@code en}, {@code es}, or blank for both. */
    @Transactional
    public void preferLanguage(String language) {
        CompanyMember member = access.member();
        try {
            member.preferLanguage(language);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("compliance.mailLanguage.invalid");
        }
    }

    /** The members of the caller's company. */
    @Transactional
    public List<CompanyMember> members() {
        return companies.members(access.companyId());
    }

    /** The caller's company. */
    @Transactional
    public Company company() {
        return companies.find(access.companyId()).orElseThrow();
    }

    private CompanyToken usable(String token, CompanyToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new BusinessRuleException("compliance.token.invalid");
        }
        return companies
                .tokenByHash(Tokens.hash(token))
                .filter(t -> t.getPurpose() == purpose && t.isUsable(OffsetDateTime.now(clock)))
                .orElseThrow(() -> new BusinessRuleException("compliance.token.invalid"));
    }

    private String checkNewAccount(String username, String email, String password) {
        if (username == null || username.isBlank()) {
            throw new BusinessRuleException("compliance.username.invalid");
        }
        String normalized = Account.normalizeUsername(username);
        if (!Account.USERNAME.matcher(normalized).matches()) {
            throw new BusinessRuleException("compliance.username.invalid");
        }
        if (email == null || !EMAIL.matcher(email.trim()).matches() || email.length() > 254) {
            throw new BusinessRuleException("compliance.email.invalid");
        }
        if (accounts.findByUsername(normalized).isPresent()) {
            throw new BusinessRuleException("compliance.username.taken", normalized);
        }
        PasswordPolicy.violation(password, normalized).ifPresent(key -> {
            throw new BusinessRuleException("compliance.password.weak", PasswordPolicy.MIN_LENGTH);
        });
        return normalized;
    }

    private static void require(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("compliance.field.required");
        }
        if (value.trim().length() > max) {
            throw new BusinessRuleException("compliance.field.tooLong", max);
        }
    }
}
