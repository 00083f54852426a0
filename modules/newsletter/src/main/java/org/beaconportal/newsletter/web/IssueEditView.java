package org.beaconportal.newsletter.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.spi.FeedItem;
import org.beaconportal.newsletter.application.IssueService;
import org.beaconportal.newsletter.application.SendProgress;
import org.beaconportal.newsletter.domain.Delivery;
import org.beaconportal.newsletter.domain.DeliveryState;
import org.beaconportal.newsletter.domain.Event;
import org.beaconportal.newsletter.domain.InvalidSubscriptionException;
import org.beaconportal.newsletter.domain.Issue;
import org.beaconportal.newsletter.domain.IssueItem;
import org.beaconportal.newsletter.domain.IssueStatus;

/**
 * {@code /admin/newsletter/issue?id=…}: compose an issue (titles, intros, items picked from every
 * enabled module's recent content), preview it as HTML and text in English and Spanish, send a
 * test, schedule or send now, then follow the progress bar, pause, resume and decide about
 * deliveries in doubt.
 */
@Named
@ViewScoped
public class IssueEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A recent item offered for the issue. */
    public record Candidate(String key, String language, String type, String title, String summary, String path)
            implements Serializable {
        public String getKey() {
            return key;
        }

        public String getLanguage() {
            return language;
        }

        public String getType() {
            return type;
        }

        public String getTitle() {
            return title;
        }
    }

    @Inject
    IssueService issues;

    @Inject
    SecurityContext security;

    private Long id;
    private String titleEn;
    private String titleEs;
    private String introEn;
    private String introEs;
    private int messagesPerSecond;
    private List<String> picked = new ArrayList<>();
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private String previewLanguage = "en";
    private String testAddress;
    private LocalDateTime scheduleAt;
    private IssueStatus status = IssueStatus.DRAFT;

    public void load() {
        candidates.clear();
        if (id != null) {
            Issue issue = issues.find(id);
            titleEn = issue.getTitleEn();
            titleEs = issue.getTitleEs();
            introEn = issue.getIntroEn();
            introEs = issue.getIntroEs();
            messagesPerSecond = issue.getMessagesPerSecond();
            status = issue.getStatus();
            picked = new ArrayList<>();
            for (IssueItem item : issue.getItems()) {
                picked.add(item.key());
                candidates.put(
                        item.key(),
                        new Candidate(
                                item.key(),
                                item.getLanguage(),
                                item.getType(),
                                item.getTitle(),
                                item.getSummary(),
                                item.getPath()));
            }
        }
        for (String language : List.of("en", "es")) {
            for (FeedItem item : issues.candidates(language)) {
                String key = item.language() + ":" + item.path();
                candidates.putIfAbsent(
                        key,
                        new Candidate(key, item.language(), item.type(), item.title(), item.summary(), item.path()));
            }
        }
    }

    public void save() throws IOException {
        try {
            boolean created = id == null;
            if (created) {
                id = issues.create(StaffEditor.of(security), titleEn, titleEs).getId();
            }
            issues.compose(
                    StaffEditor.of(security), id, titleEn, titleEs, introEn, introEs, pickedItems(), messagesPerSecond);
            StaffMessages.info("newsletter.issue.saved");
            if (created) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().getFlash().setKeepMessages(true);
                faces.getExternalContext()
                        .redirect(faces.getExternalContext().getRequestContextPath() + "/admin/newsletter/issue?id="
                                + id);
            }
        } catch (InvalidSubscriptionException e) {
            StaffMessages.error(e.messageKey());
        }
    }

    public void sendTest() {
        try {
            issues.sendTest(StaffEditor.of(security), id, testAddress, previewLanguage);
            StaffMessages.info("newsletter.issue.testSent");
        } catch (InvalidSubscriptionException e) {
            StaffMessages.error(e.messageKey());
        }
    }

    public void sendNow() {
        try {
            issues.compose(
                    StaffEditor.of(security), id, titleEn, titleEs, introEn, introEs, pickedItems(), messagesPerSecond);
            issues.sendNow(StaffEditor.of(security), id);
            status = IssueStatus.SENDING;
            StaffMessages.info("newsletter.issue.sendingStarted");
        } catch (InvalidSubscriptionException e) {
            StaffMessages.error(e.messageKey());
        }
    }

    public void schedule() {
        try {
            if (scheduleAt == null) {
                throw new InvalidSubscriptionException("newsletter.issue.scheduleInPast");
            }
            issues.compose(
                    StaffEditor.of(security), id, titleEn, titleEs, introEn, introEs, pickedItems(), messagesPerSecond);
            issues.schedule(
                    StaffEditor.of(security),
                    id,
                    scheduleAt.atZone(ZoneId.of(Event.DEFAULT_ZONE)).toOffsetDateTime());
            status = IssueStatus.SCHEDULED;
            StaffMessages.info("newsletter.issue.scheduled");
        } catch (InvalidSubscriptionException e) {
            StaffMessages.error(e.messageKey());
        }
    }

    public void unschedule() {
        issues.unschedule(StaffEditor.of(security), id);
        status = IssueStatus.DRAFT;
    }

    public void pause() {
        issues.pause(StaffEditor.of(security), id);
        status = IssueStatus.PAUSED;
    }

    public void resume() {
        issues.resume(StaffEditor.of(security), id);
        status = IssueStatus.SENDING;
    }

    public void resolve(long deliveryId, boolean sendAgain) {
        try {
            issues.resolveDoubt(StaffEditor.of(security), deliveryId, sendAgain);
        } catch (InvalidSubscriptionException e) {
            StaffMessages.error(e.messageKey());
        }
    }

    /** Refreshes the state shown (the progress poll calls it). */
    public void refresh() {
        if (id != null) {
            status = issues.find(id).getStatus();
        }
    }

    public SendProgress getProgress() {
        return id == null ? null : issues.progress(id);
    }

    public List<Delivery> getInDoubt() {
        return id == null ? List.of() : issues.deliveries(id, DeliveryState.IN_DOUBT, 100);
    }

    public List<Delivery> getFailed() {
        return id == null ? List.of() : issues.deliveries(id, DeliveryState.FAILED, 100);
    }

    /** The issue as it would be sent, HTML body without the recipient's links, headings under the page's. */
    public String getPreviewHtml() {
        Issue draft = previewIssue();
        return issues.renderer().body(draft, previewLanguage, null, null, 4, true);
    }

    public String getPreviewText() {
        return issues.renderer().text(previewIssue(), previewLanguage, null, null);
    }

    private Issue previewIssue() {
        Issue draft =
                new Issue(blankTo(titleEn, "—"), blankTo(titleEs, "—"), "preview", java.time.OffsetDateTime.now());
        draft.compose(blankTo(titleEn, "—"), blankTo(titleEs, "—"), introEn, introEs, pickedItems());
        return draft;
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private List<IssueItem> pickedItems() {
        List<IssueItem> items = new ArrayList<>();
        for (String key : picked) {
            Candidate c = candidates.get(key);
            if (c != null) {
                items.add(new IssueItem(c.language(), c.type(), c.title(), c.summary(), c.path()));
            }
        }
        return items;
    }

    public List<Candidate> candidates(String language) {
        return candidates.values().stream()
                .filter(c -> c.language().equals(language))
                .toList();
    }

    public boolean isEditable() {
        return status == IssueStatus.DRAFT || status == IssueStatus.SCHEDULED;
    }

    public boolean isSending() {
        return status == IssueStatus.SENDING;
    }

    public boolean isPaused() {
        return status == IssueStatus.PAUSED;
    }

    public boolean isSent() {
        return status == IssueStatus.SENT;
    }

    public IssueStatus getStatus() {
        return status;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getIntroEn() {
        return introEn;
    }

    public void setIntroEn(String introEn) {
        this.introEn = introEn;
    }

    public String getIntroEs() {
        return introEs;
    }

    public void setIntroEs(String introEs) {
        this.introEs = introEs;
    }

    public int getMessagesPerSecond() {
        return messagesPerSecond;
    }

    public void setMessagesPerSecond(int messagesPerSecond) {
        this.messagesPerSecond = messagesPerSecond;
    }

    public List<String> getPicked() {
        return picked;
    }

    public void setPicked(List<String> picked) {
        this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked);
    }

    public String getPreviewLanguage() {
        return previewLanguage;
    }

    public void setPreviewLanguage(String previewLanguage) {
        this.previewLanguage = "es".equals(previewLanguage) ? "es" : "en";
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String testAddress) {
        this.testAddress = testAddress;
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }
}
