package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.SendFailedException;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.beaconportal.core.application.BackgroundJobs;
import org.beaconportal.core.application.MailDeliveryException;
import org.beaconportal.core.application.MailMessage;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.PortalMail;
import org.beaconportal.newsletter.domain.Issue;
import org.beaconportal.newsletter.domain.IssueStatus;
import org.beaconportal.newsletter.domain.SendOutcome;

/**
 * The sending job ({@link BackgroundJobs}, one node of a cluster at a time): every second it sends the next batch of each issue being sent (as many
 * messages as the issue's rate allows, or batches back to back when throttling is off), through
 * one {@link PortalMail.Connection} per batch, one delivery record per recipient. Tests call
 * {@link #sendBatch(long, int)} directly.
 *
 * <p>A temporary refusal (server unreachable, 4xx) is retried later with back-off and ends the
 * batch, since the next messages would fail alike; a permanent one (5xx) is recorded as a hard
 * bounce; a connection lost while a message was on its way leaves that recipient in doubt.
 */
@ApplicationScoped
public class IssueSender {

    private static final Logger LOG = Logger.getLogger(IssueSender.class.getName());

    /** The background job's name (its lease). */
    public static final String JOB = "newsletter-sending";

    /**
     * An attempt still running after this long was abandoned by a node that stopped or died: a live
     * node ends every attempt sooner (connection timeout 10 s, reply timeout 20 s).
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    /** Batch size when throttling is off. */
    public static final int UNTHROTTLED_BATCH = 500;

    /** What one batch did. */
    public record BatchResult(int sent, int failedTemporarily, int failedPermanently, int inDoubt, boolean finished) {}

    @Inject
    DeliveryLedger ledger;

    @Inject
    IssueService issues;

    @Inject
    PortalMail mail;

    @Inject
    NewsletterLinks links;

    @Inject
    ModuleRegistry registry;

    @Inject
    Clock clock;

    @Inject
    BackgroundJobs jobs;

    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean scheduleSuspended;

    /**
     * Stops or restarts the background schedule without touching any issue (tests that drive
     * batches themselves, maintenance windows); batches called directly still run.
     */
    public void suspendSchedule(boolean suspended) {
        this.scheduleSuspended = suspended;
    }

    /** Starts the schedule, on the one node of a cluster that holds the sending job. Called at module start. */
    public void start() {
        jobs.every(JOB, Duration.ofSeconds(1), Duration.ofSeconds(1), this::tick);
    }

    /** Attempts a stopped or dead node left unfinished are due again (see {@link #ABANDONED_AFTER}). */
    private void requeueAbandoned() {
        OffsetDateTime now = now();
        int interrupted = ledger.requeueInterrupted(now, now.minus(ABANDONED_AFTER));
        if (interrupted > 0) {
            LOG.warning(interrupted + " newsletter deliveries interrupted by a stopped node are sent again");
        }
    }

    /** One run of the schedule: starts scheduled issues that are due and sends a batch of each active one. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void tick() {
        if (scheduleSuspended || !registry.isEnabled("newsletter")) {
            return;
        }
        requeueAbandoned();
        for (Issue issue : activeIssues()) {
            if (issue.getStatus() == IssueStatus.SCHEDULED) {
                issues.startIfDue(issue.getId());
            }
            int rate = issue.getMessagesPerSecond();
            BatchResult result;
            do {
                result = sendBatch(issue.getId(), rate > 0 ? rate : UNTHROTTLED_BATCH);
            } while (rate == 0
                    && jobs.stillHolds(JOB)
                    && !result.finished()
                    && result.failedTemporarily() == 0
                    && result.sent() + result.failedPermanently() + result.inDoubt() > 0);
        }
    }

    private List<Issue> activeIssues() {
        return issues.activeIssues(OffsetDateTime.now(clock));
    }

    /**
     * Sends up to {@code limit} due messages of a sending issue, each claimed and recorded in its
     * own transaction. Does nothing for an issue that is not sending (paused, finished).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchResult sendBatch(long issueId, int limit) {
        running.lock();
        try {
            Issue issue = issues.find(issueId);
            if (issue.getStatus() != IssueStatus.SENDING) {
                return new BatchResult(0, 0, 0, 0, issue.getStatus() == IssueStatus.SENT);
            }
            IssueRenderer renderer = issues.renderer();
            Map<String, IssueRenderer.Rendered> cache = new LinkedHashMap<>();
            int sent = 0;
            int temporary = 0;
            int permanent = 0;
            int doubt = 0;
            try (PortalMail.Connection connection = mail.open()) {
                for (long deliveryId : ledger.due(issueId, now(), limit)) {
                    Optional<DeliveryLedger.Claim> claim = ledger.claim(deliveryId, now());
                    if (claim.isEmpty()) {
                        continue;
                    }
                    MailMessage message = message(issue, renderer, claim.get());
                    SendOutcome outcome;
                    String error = null;
                    try {
                        connection.send(message);
                        outcome = SendOutcome.ACCEPTED;
                    } catch (MailDeliveryException | UncheckedIOException e) {
                        outcome = classify(e);
                        error = describe(e);
                    }
                    ledger.record(deliveryId, outcome, error, now());
                    switch (outcome) {
                        case ACCEPTED -> sent++;
                        case TEMPORARY_FAILURE -> temporary++;
                        case PERMANENT_FAILURE -> permanent++;
                        case UNKNOWN -> doubt++;
                    }
                    if (outcome == SendOutcome.TEMPORARY_FAILURE) {
                        break;
                    }
                }
            }
            boolean finished = issues.finishIfDone(issueId);
            return new BatchResult(sent, temporary, permanent, doubt, finished);
        } finally {
            running.unlock();
        }
    }

    private MailMessage message(Issue issue, IssueRenderer renderer, DeliveryLedger.Claim claim) {
        String preferences = links.preferences(claim.subscriberId(), claim.language());
        IssueRenderer.Rendered rendered = renderer.render(issue, claim.language(), preferences, preferences);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + links.oneClickUnsubscribe(claim.subscriberId()) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("List-Id", "Colorado Anti-Trafficking Insider <newsletter." + hostOf(links.base()) + ">");
        headers.put("X-Beacon-Issue", String.valueOf(issue.getId()));
        return new MailMessage(claim.email(), rendered.subject(), rendered.text(), rendered.html(), headers);
    }

    private static String hostOf(String base) {
        String host = base.replaceFirst("^[a-z]+://", "");
        int end = host.indexOf(':') >= 0 ? host.indexOf(':') : host.indexOf('/');
        return end >= 0 ? host.substring(0, end) : host;
    }

    /** What an exception from the mail port means for the recipient. */
    static SendOutcome classify(Throwable failure) {
        if (failure instanceof UncheckedIOException) {
            return SendOutcome.TEMPORARY_FAILURE;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return SendOutcome.TEMPORARY_FAILURE;
            }
            if (t instanceof SendFailedException) {
                int code = replyCode(t);
                return code >= 400 && code < 500 ? SendOutcome.TEMPORARY_FAILURE : SendOutcome.PERMANENT_FAILURE;
            }
        }
        return SendOutcome.UNKNOWN;
    }

    /** The SMTP reply code of a refusal (Angus Mail's exceptions carry it), or -1. */
    private static int replyCode(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            try {
                Object code = c.getClass().getMethod("getReturnCode").invoke(c);
                if (code instanceof Integer i && i > 0) {
                    return i;
                }
            } catch (ReflectiveOperationException e) {
                // not an SMTP exception: look further down
            }
            if (c instanceof SendFailedException sfe && sfe.getNextException() != null && sfe.getNextException() != c) {
                int nested = replyCode(sfe.getNextException());
                if (nested > 0) {
                    return nested;
                }
            }
        }
        return -1;
    }

    /** The failure's kind and server reply, without the recipient's address. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().replaceAll("\\S+@\\S+", "<address>");
        return root.getClass().getSimpleName() + ": " + message;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
