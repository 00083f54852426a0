package org.beaconportal.core.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.beaconportal.core.spi.PortalRole;

/**
 * Requires the caller to hold one of the given roles, checked on the server for every call,
 * whatever page or API led there.
 *
 * <pre>{@code
 * @StaffOnly(PortalRole.ADMIN)
 * public void disable(String moduleId) { ... }
 * }</pre>
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface StaffOnly {

    /** Roles that may call; any one suffices. */
    @Nonbinding
    PortalRole[] value() default {PortalRole.ADMIN, PortalRole.EDITOR};
}
