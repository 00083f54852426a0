package org.beaconportal.newsletter.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One issue of the newsletter, in English and Spanish: an editorial intro and the picked items of
 * each language. Its content is frozen once sending starts, so the archive shows what was sent.
 *
 * <pre>{@code
 * Issue issue = new Issue("March news", "Noticias de marzo", "editor", now);
 * issue.compose("March news", "Noticias de marzo", "Hello", "Hola", items);
 * issue.startSending(now);
 * }</pre>
 */
@Entity
@Table(name = "newsletter_issue")
@NamedQuery(name = "Issue.all", query = "select i from Issue i order by i.createdAt desc")
@NamedQuery(
        name = "Issue.sent",
        query = "select i from Issue i where i.status = org.beaconportal.newsletter.domain.IssueStatus.SENT"
                + " order by i.sentAt desc")
@NamedQuery(
        name = "Issue.active",
        query = "select i from Issue i where i.status = org.beaconportal.newsletter.domain.IssueStatus.SENDING"
                + " or (i.status = org.beaconportal.newsletter.domain.IssueStatus.SCHEDULED and i.scheduledAt <= :now)"
                + " order by i.id")
public class Issue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "title_es", nullable = false, length = 200)
    private String titleEs;

    @Column(name = "intro_en", length = 4000)
    private String introEn;

    @Column(name = "intro_es", length = 4000)
    private String introEs;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "newsletter_issue_item", joinColumns = @JoinColumn(name = "issue_id"))
    @OrderColumn(name = "item_order")
    private List<IssueItem> items = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStatus status = IssueStatus.DRAFT;

    @Column(name = "messages_per_second", nullable = false)
    private int messagesPerSecond;

    @Column(name = "scheduled_at")
    private OffsetDateTime scheduledAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Issue() {}

    public Issue(String titleEn, String titleEs, String createdBy, OffsetDateTime now) {
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        retitle(titleEn, titleEs);
    }

    /** Changes the texts and the picked items; only while the issue is a draft or scheduled. */
    public void compose(
            String newTitleEn, String newTitleEs, String newIntroEn, String newIntroEs, List<IssueItem> picked) {
        requireEditable();
        retitle(newTitleEn, newTitleEs);
        this.introEn = limit(newIntroEn);
        this.introEs = limit(newIntroEs);
        this.items = new ArrayList<>(Objects.requireNonNull(picked, "picked"));
    }

    /** Messages per second while sending; 0 means as fast as the mail server takes them. */
    public void throttle(int perSecond) {
        if (perSecond < 0 || perSecond > 1000) {
            throw new InvalidSubscriptionException("newsletter.issue.rateInvalid");
        }
        this.messagesPerSecond = perSecond;
    }

    public void schedule(OffsetDateTime at, OffsetDateTime now) {
        requireEditable();
        if (at == null || !at.isAfter(now)) {
            throw new InvalidSubscriptionException("newsletter.issue.scheduleInPast");
        }
        scheduledAt = at;
        status = IssueStatus.SCHEDULED;
    }

    /** Back to a draft from scheduled. */
    public void unschedule() {
        if (status == IssueStatus.SCHEDULED) {
            status = IssueStatus.DRAFT;
            scheduledAt = null;
        }
    }

    /** Freezes the issue and starts sending (the caller creates the deliveries in the same transaction). */
    public void startSending(OffsetDateTime now) {
        requireEditable();
        status = IssueStatus.SENDING;
        startedAt = Objects.requireNonNull(now, "now");
    }

    public void pause() {
        if (status != IssueStatus.SENDING) {
            throw new IllegalStateException("Only a sending issue can pause");
        }
        status = IssueStatus.PAUSED;
    }

    public void resume() {
        if (status != IssueStatus.PAUSED) {
            throw new IllegalStateException("Only a paused issue can resume");
        }
        status = IssueStatus.SENDING;
    }

    /** Every delivery reached a final state: the issue joins the archive. */
    public void finish(OffsetDateTime now) {
        if (status == IssueStatus.SENDING || status == IssueStatus.PAUSED) {
            status = IssueStatus.SENT;
            sentAt = Objects.requireNonNull(now, "now");
        }
    }

    public boolean isEditable() {
        return status == IssueStatus.DRAFT || status == IssueStatus.SCHEDULED;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new InvalidSubscriptionException("newsletter.issue.frozen");
        }
    }

    private void retitle(String en, String es) {
        if (en == null || en.isBlank() || es == null || es.isBlank()) {
            throw new InvalidSubscriptionException("newsletter.issue.titleRequired");
        }
        if (en.strip().length() > 200 || es.strip().length() > 200) {
            throw new InvalidSubscriptionException("newsletter.issue.titleTooLong");
        }
        this.titleEn = en.strip();
        this.titleEs = es.strip();
    }

    private static String limit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 4000) {
            throw new InvalidSubscriptionException("newsletter.issue.introTooLong");
        }
        return text.strip();
    }

    public String title(String language) {
        return "es".equals(language) ? titleEs : titleEn;
    }

    public String intro(String language) {
        return "es".equals(language) ? introEs : introEn;
    }

    public List<IssueItem> items(String language) {
        return items.stream().filter(i -> i.getLanguage().equals(language)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public String getIntroEn() {
        return introEn;
    }

    public String getIntroEs() {
        return introEs;
    }

    public List<IssueItem> getItems() {
        return List.copyOf(items);
    }

    public IssueStatus getStatus() {
        return status;
    }

    public int getMessagesPerSecond() {
        return messagesPerSecond;
    }

    public OffsetDateTime getScheduledAt() {
        return scheduledAt;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
