package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.compliance.domain.ActionItem;
import org.beaconportal.compliance.domain.ActionRepository;
import org.beaconportal.compliance.domain.CompanyMember;
import org.beaconportal.compliance.domain.CompanyRepository;
import org.beaconportal.core.application.MailDeliveryException;
import org.beaconportal.core.application.MailMessage;
import org.beaconportal.core.application.PortalMail;

/**
 * Reminds companies by e-mail of actions that are due within {@link #DAYS_AHEAD} days or overdue,
 * once a day per action, each member in their own language when known, else in both. The scheduler calls {@link #sendDue()}; tests call {@link #sendDue(Clock)}
 * with their own clock, synchronously.
 */
@ApplicationScoped
public class ActionReminders {

    public static final int DAYS_AHEAD = 7;

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static final Logger LOG = Logger.getLogger(ActionReminders.class.getName());

    @Inject
    ActionRepository actions;

    @Inject
    CompanyRepository companies;

    @Inject
    PortalMail mail;

    @Inject
    Clock clock;

    /** Sends today's reminders by the portal's clock; returns the number of messages sent. */
    @Transactional
    public int sendDue() {
        return sendDue(clock);
    }

    @Transactional
    public int sendDue(Clock at) {
        LocalDate today = LocalDate.now(at);
        Map<Long, List<ActionItem>> byCompany = new LinkedHashMap<>();
        for (ActionItem item : actions.openDueBy(today.plusDays(DAYS_AHEAD))) {
            if (item.needsReminder(today, DAYS_AHEAD)) {
                byCompany
                        .computeIfAbsent(item.getCompanyId(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        int sent = 0;
        for (Map.Entry<Long, List<ActionItem>> entry : byCompany.entrySet()) {
            for (CompanyMember member : companies.members(entry.getKey())) {
                try {
                    mail.send(reminder(member, entry.getValue(), today));
                    sent++;
                } catch (MailDeliveryException e) {
                    LOG.log(
                            Level.WARNING,
                            "An action reminder could not be sent",
                            e.getClass().getSimpleName());
                }
            }
            entry.getValue().forEach(item -> item.reminded(today));
        }
        return sent;
    }

    /**
     * The reminder for one member: in the member's language when the portal knows it, otherwise one
     * message with the English part first and the Spanish part after it.
     */
    static MailMessage reminder(CompanyMember member, List<ActionItem> items, LocalDate today) {
        if (member.getLanguage() != null) {
            Locale locale = ComplianceTexts.locale(member.getLanguage());
            return MailMessage.text(member.getEmail(), subject(locale, items), body(locale, items, today));
        }
        return MailMessage.text(
                member.getEmail(),
                subject(Locale.ENGLISH, items) + " / " + subject(SPANISH, items),
                body(Locale.ENGLISH, items, today) + "\n\n---\n\n" + body(SPANISH, items, today));
    }

    private static String subject(Locale locale, List<ActionItem> items) {
        return ComplianceTexts.text(locale, "compliance.mail.reminder.subject", items.size());
    }

    private static String body(Locale locale, List<ActionItem> items, LocalDate today) {
        StringBuilder list = new StringBuilder();
        for (ActionItem item : items) {
            list.append("- ").append(item.getTitle()).append(" (").append(item.getDueDate());
            if (item.isOverdue(today)) {
                list.append(", ").append(ComplianceTexts.text(locale, "compliance.actions.overdue"));
            }
            list.append(")\n");
        }
        return ComplianceTexts.text(locale, "compliance.mail.reminder.body", list.toString());
    }
}
