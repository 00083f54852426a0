package org.beaconportal.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One action of a company's plan: what, for which step, who, by when, and how far it is. */
@Entity
@Table(name = "compliance_action")
@NamedQuery(
        name = "ActionItem.byCompany",
        query = "select a from ActionItem a where a.companyId = :company order by a.dueDate, a.id")
@NamedQuery(
        name = "ActionItem.openDueBy",
        query =
                "select a from ActionItem a where a.status <> org.beaconportal.compliance.domain.ActionItem.Status.DONE and a.dueDate <= :date order by a.companyId, a.dueDate")
public class ActionItem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Progress of an action. */
    public enum Status {
        OPEN,
        IN_PROGRESS,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "step_no", nullable = false)
    private int stepNumber;

    @Column(name = "owner_name", nullable = false, length = 120)
    private String ownerName;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(length = 4000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_reminded_on")
    private LocalDate lastRemindedOn;

    @Version
    private long version;

    protected ActionItem() {}

    public ActionItem(
            Long companyId,
            String title,
            int stepNumber,
            String ownerName,
            LocalDate dueDate,
            OffsetDateTime createdAt) {
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Status.OPEN;
        change(title, stepNumber, ownerName, dueDate, Status.OPEN, null);
    }

    public void change(String newTitle, int step, String owner, LocalDate due, Status newStatus, String newNotes) {
        this.title = Texts.required(newTitle, 300, "title");
        this.stepNumber = GuidanceStep.requireStep(step);
        this.ownerName = Texts.required(owner, 120, "owner");
        this.dueDate = Objects.requireNonNull(due, "dueDate");
        this.status = Objects.requireNonNull(newStatus, "status");
        this.notes = Texts.optional(newNotes, 4000, "notes");
    }

    /** Past its due date and not done. */
    public boolean isOverdue(LocalDate today) {
        return status != Status.DONE && dueDate.isBefore(today);
    }

    /** Open, due within {@code days} days (or overdue) and not yet reminded today. */
    public boolean needsReminder(LocalDate today, int days) {
        return status != Status.DONE && !dueDate.isAfter(today.plusDays(days)) && !today.equals(lastRemindedOn);
    }

    public void reminded(LocalDate today) {
        this.lastRemindedOn = today;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getTitle() {
        return title;
    }

    public int getStepNumber() {
        return stepNumber;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDate getLastRemindedOn() {
        return lastRemindedOn;
    }

    public long getVersion() {
        return version;
    }
}
