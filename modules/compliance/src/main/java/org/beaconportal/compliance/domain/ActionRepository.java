package org.beaconportal.compliance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stored action-plan items. */
public interface ActionRepository {

    ActionItem save(ActionItem item);

    Optional<ActionItem> find(long id);

    List<ActionItem> byCompany(long companyId);

    /** Actions not done whose due date is on or before the date, of every company. */
    List<ActionItem> openDueBy(LocalDate date);

    void remove(ActionItem item);
}
