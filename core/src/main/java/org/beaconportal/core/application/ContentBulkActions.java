package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.domain.WorkflowAction;

/**
 * One workflow step applied to many items at once (publish or archive a selection). Each item
 * changes in its own transaction with the same checks as a single step, so an item that may not
 * take the step is left exactly as it was and named in the result.
 */
@ApplicationScoped
public class ContentBulkActions {

    /** Steps offered for a selection. */
    public static final Set<WorkflowAction> BULK_STEPS = Set.of(WorkflowAction.PUBLISH, WorkflowAction.ARCHIVE);

    /**
     * What a bulk step did.
     *
     * @param changed how many items took the step
     * @param skipped titles (or ids) of the items left unchanged
     */
    public record Result(int changed, List<String> skipped) {}

    @Inject
    ContentService content;

    public Result apply(Editor editor, Collection<Long> ids, WorkflowAction action) {
        if (!BULK_STEPS.contains(action)) {
            throw new IllegalArgumentException("Not a bulk step: " + action);
        }
        editor.requireStaff();
        int changed = 0;
        List<String> skipped = new ArrayList<>();
        for (Long id : ids) {
            try {
                content.transition(editor, id, action, null);
                changed++;
            } catch (BusinessRuleException e) {
                skipped.add(content.find(id).map(i -> i.getTitle()).orElse("#" + id));
            }
        }
        return new Result(changed, skipped);
    }
}
