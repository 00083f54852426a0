package org.beaconportal.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.beaconportal.core.spi.PortalRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowActionTest {

    private static final Set<PortalRole> EDITOR = EnumSet.of(PortalRole.EDITOR);
    private static final Set<PortalRole> ADMIN = EnumSet.of(PortalRole.ADMIN);
    private static final Set<PortalRole> COMPANY = EnumSet.of(PortalRole.COMPANY);

    @Test
    void anEditorMaySubmitADraftButNothingElse() {
        assertEquals(Set.of(WorkflowAction.SUBMIT), WorkflowAction.available(ContentStatus.DRAFT, EDITOR));
        assertEquals(Set.of(), WorkflowAction.available(ContentStatus.IN_REVIEW, EDITOR));
        assertEquals(Set.of(), WorkflowAction.available(ContentStatus.PUBLISHED, EDITOR));
        assertEquals(Set.of(), WorkflowAction.available(ContentStatus.ARCHIVED, EDITOR));
    }

    @Test
    void anAdministratorPublishesSendsBackArchivesAndReopens() {
        assertEquals(
                Set.of(WorkflowAction.SUBMIT, WorkflowAction.PUBLISH),
                WorkflowAction.available(ContentStatus.DRAFT, ADMIN));
        assertEquals(
                Set.of(WorkflowAction.SEND_BACK, WorkflowAction.PUBLISH),
                WorkflowAction.available(ContentStatus.IN_REVIEW, ADMIN));
        assertEquals(Set.of(WorkflowAction.ARCHIVE), WorkflowAction.available(ContentStatus.PUBLISHED, ADMIN));
        assertEquals(Set.of(WorkflowAction.REOPEN), WorkflowAction.available(ContentStatus.ARCHIVED, ADMIN));
    }

    @ParameterizedTest
    @EnumSource(ContentStatus.class)
    void companyUsersTakeNoStep(ContentStatus status) {
        assertTrue(WorkflowAction.available(status, COMPANY).isEmpty());
    }

    @Test
    void eachActionLeadsToItsTargetStatus() {
        assertEquals(ContentStatus.IN_REVIEW, WorkflowAction.SUBMIT.target());
        assertEquals(ContentStatus.DRAFT, WorkflowAction.SEND_BACK.target());
        assertEquals(ContentStatus.PUBLISHED, WorkflowAction.PUBLISH.target());
        assertEquals(ContentStatus.ARCHIVED, WorkflowAction.ARCHIVE.target());
        assertEquals(ContentStatus.DRAFT, WorkflowAction.REOPEN.target());
    }

    @Test
    void rolesAreCombined() {
        Set<PortalRole> both = EnumSet.of(PortalRole.EDITOR, PortalRole.ADMIN);

        assertTrue(WorkflowAction.PUBLISH.allows(ContentStatus.IN_REVIEW, both));
        assertFalse(WorkflowAction.PUBLISH.allows(ContentStatus.ARCHIVED, both));
    }
}
