package org.beaconportal.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.beaconportal.compliance.application.ActionPlanService;
import org.beaconportal.compliance.domain.ActionItem;
import org.beaconportal.core.application.BusinessRuleException;

/** The action plan ({@code /company/actions}): add, edit, remove, and create actions from findings. */
@Named
@ViewScoped
public class ActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionPlanService plan;

    private Long editing;
    private String title;
    private int step = 1;
    private String owner;
    private LocalDate due;
    private ActionItem.Status status = ActionItem.Status.OPEN;
    private String notes;
    private transient List<ActionItem> actions;

    public List<ActionItem> getActions() {
        if (actions == null) {
            actions = plan.actions();
        }
        return actions;
    }

    public boolean overdue(ActionItem item) {
        return item.isOverdue(plan.today());
    }

    public void edit(ActionItem item) {
        editing = item.getId();
        title = item.getTitle();
        step = item.getStepNumber();
        owner = item.getOwnerName();
        due = item.getDueDate();
        status = item.getStatus();
        notes = item.getNotes();
    }

    public void save() {
        try {
            if (editing == null) {
                plan.add(title, step, owner, due, notes);
                ComplianceFaces.info("compliance.actions.added");
            } else {
                plan.update(editing, title, step, owner, due, status, notes);
                ComplianceFaces.info("compliance.actions.updated");
            }
            clear();
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public void cancel() {
        clear();
    }

    public void remove(long id) {
        plan.remove(id);
        ComplianceFaces.info("compliance.actions.removed");
        clear();
    }

    public void fromFindings() {
        int created = plan.createFromFindings(ComplianceFaces.locale());
        ComplianceFaces.info("compliance.actions.fromFindings.done", created);
        actions = null;
    }

    private void clear() {
        editing = null;
        title = null;
        step = 1;
        owner = null;
        due = null;
        status = ActionItem.Status.OPEN;
        notes = null;
        actions = null;
    }

    public List<Integer> getSteps() {
        return IntStream.rangeClosed(1, 8).boxed().toList();
    }

    public List<ActionItem.Status> getStatuses() {
        return List.of(ActionItem.Status.values());
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public ActionItem.Status getStatus() {
        return status;
    }

    public void setStatus(ActionItem.Status status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
