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
 * once a day per action. The scheduler calls {@link #sendDue()}; tests call {@link #sendDue(Clock)}
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
            StringBuilder list = new StringBuilder();
            for (ActionItem item : entry.getValue()) {
                list.append("- ")
                        .append(item.getTitle())
                        .append(" (")
                        .append(item.getDueDate())
                        .append(
                                item.isOverdue(today)
                                        ? ", " + ComplianceTexts.text(Locale.ENGLISH, "compliance.actions.overdue")
                                        : "")
                        .append(")\n");
            }
            for (CompanyMember member : companies.members(entry.getKey())) {
                try {
                    mail.send(MailMessage.text(
                            member.getEmail(),
                            ComplianceTexts.text(
                                    Locale.ENGLISH,
                                    "compliance.mail.reminder.subject",
                                    entry.getValue().size()),
                            ComplianceTexts.text(Locale.ENGLISH, "compliance.mail.reminder.body", list.toString())
                                    + "\n\n---\n\n"
                                    + ComplianceTexts.text(SPANISH, "compliance.mail.reminder.body", list.toString())));
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
}
