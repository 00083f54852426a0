package org.beaconportal.core.domain;

import java.util.EnumSet;
import java.util.Set;
import org.beaconportal.core.spi.PortalRole;

/**
 * The transitions of the editorial workflow, who may take them, and from which states.
 *
 * <pre>{@code
 * WorkflowAction.PUBLISH.allows(ContentStatus.IN_REVIEW, Set.of(PortalRole.ADMIN)) // true
 * WorkflowAction.PUBLISH.allows(ContentStatus.IN_REVIEW, Set.of(PortalRole.EDITOR)) // false
 * }</pre>
 */
public enum WorkflowAction {
    /** An editor hands a draft to the administrators. */
    SUBMIT(EnumSet.of(ContentStatus.DRAFT), ContentStatus.IN_REVIEW, EnumSet.of(PortalRole.EDITOR, PortalRole.ADMIN)),
    /** An administrator returns an item in review to its author, with a comment. */
    SEND_BACK(EnumSet.of(ContentStatus.IN_REVIEW), ContentStatus.DRAFT, EnumSet.of(PortalRole.ADMIN)),
    /** An administrator publishes a draft or an item in review (now or at its publish time). */
    PUBLISH(
            EnumSet.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW),
            ContentStatus.PUBLISHED,
            EnumSet.of(PortalRole.ADMIN)),
    /** An administrator withdraws a published item. */
    ARCHIVE(EnumSet.of(ContentStatus.PUBLISHED), ContentStatus.ARCHIVED, EnumSet.of(PortalRole.ADMIN)),
    /** An administrator brings an archived item back as a draft. */
    REOPEN(EnumSet.of(ContentStatus.ARCHIVED), ContentStatus.DRAFT, EnumSet.of(PortalRole.ADMIN));

    private final Set<ContentStatus> from;
    private final ContentStatus to;
    private final Set<PortalRole> roles;

    WorkflowAction(Set<ContentStatus> from, ContentStatus to, Set<PortalRole> roles) {
        this.from = from;
        this.to = to;
        this.roles = roles;
    }

    /** True when a caller with {@code callerRoles} may take this action on an item in {@code status}. */
    public boolean allows(ContentStatus status, Set<PortalRole> callerRoles) {
        return from.contains(status) && callerRoles.stream().anyMatch(roles::contains);
    }

    public boolean startsFrom(ContentStatus status) {
        return from.contains(status);
    }

    public ContentStatus target() {
        return to;
    }

    /** The actions a caller may take on an item in {@code status}. */
    public static Set<WorkflowAction> available(ContentStatus status, Set<PortalRole> callerRoles) {
        Set<WorkflowAction> result = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction action : values()) {
            if (action.allows(status, callerRoles)) {
                result.add(action);
            }
        }
        return result;
    }
}
