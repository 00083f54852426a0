package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.MailDeliveryException;
import org.beaconportal.core.application.MailMessage;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.PortalMail;
import org.beaconportal.core.spi.FeedItem;
import org.beaconportal.newsletter.domain.Delivery;
import org.beaconportal.newsletter.domain.DeliveryState;
import org.beaconportal.newsletter.domain.EmailAddress;
import org.beaconportal.newsletter.domain.InvalidSubscriptionException;
import org.beaconportal.newsletter.domain.Issue;
import org.beaconportal.newsletter.domain.IssueItem;
import org.beaconportal.newsletter.domain.IssueStatus;

/**
 * Staff's work on issues: compose from recent items of every enabled module, preview, send a
 * test, schedule or send now, pause and resume, follow progress and decide about deliveries in doubt.
 *
 * <pre>{@code
 * Issue issue = issues.create(editor, "April", "Abril");
 * issues.compose(editor, issue.getId(), "April", "Abril", "Intro", "Introducción", picked, 0);
 * issues.sendNow(editor, issue.getId());
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class IssueService {

    /** Recent items offered to the composer per language. */
    public static final int CANDIDATES = 30;

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    ModuleRegistry registry;

    @Inject
    PortalMail mail;

    @Inject
    NewsletterLinks links;

    @Inject
    Clock clock;

    public Issue create(Editor editor, String titleEn, String titleEs) {
        editor.requireStaff();
        Issue issue = new Issue(titleEn, titleEs, editor.name(), now());
        em.persist(issue);
        return issue;
    }

    public Issue compose(
            Editor editor,
            long issueId,
            String titleEn,
            String titleEs,
            String introEn,
            String introEs,
            List<IssueItem> items,
            int messagesPerSecond) {
        editor.requireStaff();
        Issue issue = find(issueId);
        issue.compose(titleEn, titleEs, introEn, introEs, items);
        issue.throttle(messagesPerSecond);
        return issue;
    }

    /** Recently published items of every enabled module (news, events, publications …) in a language. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedItem> candidates(String language) {
        return registry.recentItems(language, CANDIDATES);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Issue find(long issueId) {
        Issue issue = em.find(Issue.class, issueId);
        if (issue == null) {
            throw new InvalidSubscriptionException("newsletter.issue.notFound");
        }
        return issue;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Issue> all() {
        return em.createNamedQuery("Issue.all", Issue.class).getResultList();
    }

    /** Issues being sent, and scheduled issues whose time came. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Issue> activeIssues(OffsetDateTime now) {
        return em.createNamedQuery("Issue.active", Issue.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** Sent issues, newest first: the public archive. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Issue> archive() {
        return em.createNamedQuery("Issue.sent", Issue.class).getResultList();
    }

    /** A sent issue of the archive. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Issue> archived(long issueId) {
        Issue issue = em.find(Issue.class, issueId);
        return issue != null && issue.getStatus() == IssueStatus.SENT ? Optional.of(issue) : Optional.empty();
    }

    /** The issue as a recipient would see it, without their personal links. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IssueRenderer.Rendered preview(long issueId, String language) {
        return renderer().render(find(issueId), language, null, null);
    }

    /** Sends the issue in one language to one address, marked as a test. */
    public void sendTest(Editor editor, long issueId, String address, String language) {
        editor.requireStaff();
        EmailAddress to = EmailAddress.of(address);
        Issue issue = find(issueId);
        String sample = links.page(language, "/newsletter/preferences");
        IssueRenderer.Rendered rendered = renderer().render(issue, language, sample, sample);
        MailTexts texts = new MailTexts(language);
        try {
            mail.send(new MailMessage(
                    to.value(),
                    texts.get("newsletter.mail.testPrefix") + " " + rendered.subject(),
                    rendered.text(),
                    rendered.html(),
                    Map.of()));
        } catch (MailDeliveryException e) {
            throw new InvalidSubscriptionException("newsletter.issue.testFailed");
        }
    }

    /** Starts sending now: one delivery record per confirmed subscriber, written in this transaction. */
    public SendProgress sendNow(Editor editor, long issueId) {
        editor.requireStaff();
        Issue issue = find(issueId);
        return start(issue);
    }

    /** Sends the issue later (the sending job starts it when the time comes). */
    public void schedule(Editor editor, long issueId, OffsetDateTime at) {
        editor.requireStaff();
        find(issueId).schedule(at, now());
    }

    public void unschedule(Editor editor, long issueId) {
        editor.requireStaff();
        find(issueId).unschedule();
    }

    /** Starts a scheduled issue whose time came (called by the sending job). */
    public void startIfDue(long issueId) {
        Issue issue = find(issueId);
        if (issue.getStatus() == IssueStatus.SCHEDULED
                && !issue.getScheduledAt().isAfter(now())) {
            start(issue);
        }
    }

    private SendProgress start(Issue issue) {
        if (issue.items("en").isEmpty() && issue.items("es").isEmpty() && issue.getIntroEn() == null) {
            throw new InvalidSubscriptionException("newsletter.issue.empty");
        }
        issue.startSending(now());
        em.flush();
        // One statement for all recipients: 10,000 deliveries take well under a second.
        em.createNativeQuery("insert into newsletter_delivery"
                        + " (id, issue_id, subscriber_id, email, language, state, attempts, version)"
                        + " select nextval('newsletter_delivery_seq'), ?1, s.id, s.email, s.language, 'PENDING', 0, 0"
                        + " from newsletter_subscriber s where s.status = 'CONFIRMED' order by s.id")
                .setParameter(1, issue.getId())
                .executeUpdate();
        return progress(issue.getId());
    }

    public void pause(Editor editor, long issueId) {
        editor.requireStaff();
        find(issueId).pause();
    }

    public void resume(Editor editor, long issueId) {
        editor.requireStaff();
        find(issueId).resume();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SendProgress progress(long issueId) {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (Object[] row : em.createNamedQuery("Delivery.countByState", Object[].class)
                .setParameter("issue", issueId)
                .getResultList()) {
            counts.put((DeliveryState) row[0], (Long) row[1]);
        }
        return SendProgress.of(counts);
    }

    /** Deliveries of an issue in one state (staff look at failures and those in doubt). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivery> deliveries(long issueId, DeliveryState state, int limit) {
        return em.createNamedQuery("Delivery.byState", Delivery.class)
                .setParameter("issue", issueId)
                .setParameter("state", state)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Staff's decision about a delivery in doubt: send again, or count it as delivered. */
    public void resolveDoubt(Editor editor, long deliveryId, boolean sendAgain) {
        editor.requireStaff();
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null) {
            throw new InvalidSubscriptionException("newsletter.issue.notFound");
        }
        if (sendAgain && find(delivery.getIssueId()).getStatus() == IssueStatus.SENT) {
            throw new InvalidSubscriptionException("newsletter.issue.alreadyFinished");
        }
        delivery.resolveDoubt(sendAgain, now());
    }

    /** Marks the issue sent when no delivery is waiting any more; true when it did. */
    public boolean finishIfDone(long issueId) {
        Issue issue = find(issueId);
        if (issue.getStatus() != IssueStatus.SENDING) {
            return false;
        }
        if (progress(issueId).isDone()) {
            issue.finish(now());
            return true;
        }
        return false;
    }

    public IssueRenderer renderer() {
        return new IssueRenderer(links::page);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
