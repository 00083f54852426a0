package org.beaconportal.core.spi;

/**
 * The roles of the portal. {@code ADMIN} and {@code EDITOR} are coalition staff; {@code COMPANY}
 * users work in the compliance area. Role names are also the security groups the identity store
 * returns and the role names used in {@code web.xml}.
 *
 * @since 1
 */
public enum PortalRole {
    ADMIN,
    EDITOR,
    COMPANY;

    /** True for the roles that may open the staff area under {@code /admin}. */
    public boolean isStaff() {
        return this == ADMIN || this == EDITOR;
    }
}
