package org.beaconportal.core.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import org.beaconportal.core.spi.PortalRole;

/** Enforces {@link StaffOnly}. */
@StaffOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class StaffOnlyInterceptor {

    @Inject
    SecurityContext security;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        StaffOnly rule = context.getMethod().getAnnotation(StaffOnly.class);
        if (rule == null) {
            rule = context.getMethod().getDeclaringClass().getAnnotation(StaffOnly.class);
        }
        PortalRole[] allowed = rule == null ? new PortalRole[] {PortalRole.ADMIN, PortalRole.EDITOR} : rule.value();
        if (Arrays.stream(allowed).noneMatch(role -> security.isCallerInRole(role.name()))) {
            throw new AccessDeniedException("Requires one of " + Arrays.toString(allowed));
        }
        return context.proceed();
    }
}
