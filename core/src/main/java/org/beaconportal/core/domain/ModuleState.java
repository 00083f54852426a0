package org.beaconportal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Whether a module is enabled, and whether its demo content was loaded. Disabling is state, not
 * unloading: the module's data stays where it is.
 */
@Entity
@Table(name = "core_module_state")
@NamedQuery(name = "ModuleState.all", query = "select s from ModuleState s")
public class ModuleState implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "module_id", length = 40)
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private boolean seeded;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", length = 80)
    private String changedBy;

    @Version
    private long version;

    protected ModuleState() {}

    public ModuleState(String moduleId, OffsetDateTime now) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.enabled = true;
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    public void enable(String by, OffsetDateTime at) {
        this.enabled = true;
        touch(by, at);
    }

    public void disable(String by, OffsetDateTime at) {
        this.enabled = false;
        touch(by, at);
    }

    public void markSeeded(OffsetDateTime at) {
        this.seeded = true;
        this.changedAt = at;
    }

    private void touch(String by, OffsetDateTime at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getModuleId() {
        return moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isSeeded() {
        return seeded;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
