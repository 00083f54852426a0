package org.beaconportal.core.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.core.application.AccessDeniedException;

/**
 * Turns exceptions escaping a Faces request into the portal's friendly error pages: 403 for a
 * missing role, a reload for an expired view, 500 for the rest (logged without request data).
 * Never shows a stack trace.
 */
public class FacesExceptionHandlerFactory extends ExceptionHandlerFactory {

    public FacesExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(FacesExceptionHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            boolean handled = false;
            while (events.hasNext()) {
                Throwable error = events.next().getContext().getException();
                events.remove();
                if (context.getResponseComplete()) {
                    continue;
                }
                try {
                    respond(context, error);
                    handled = true;
                } catch (IOException e) {
                    throw new FacesException(e);
                }
            }
            if (!handled) {
                getWrapped().handle();
            }
        }

        private static void respond(FacesContext context, Throwable error) throws IOException {
            var external = context.getExternalContext();
            Throwable root = rootCause(error);
            if (root instanceof ViewExpiredException expired) {
                external.redirect(
                        CleanUrlViewHandler.clean(context, external.getRequestContextPath() + expired.getViewId()));
            } else if (root instanceof AccessDeniedException) {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            } else {
                String view = context.getViewRoot() == null
                        ? "?"
                        : context.getViewRoot().getViewId();
                LOG.log(Level.SEVERE, "Unhandled error in view " + view, root);
                external.responseSendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, null);
            }
            context.responseComplete();
        }

        private static Throwable rootCause(Throwable error) {
            Throwable current = error;
            while (current.getCause() != null
                    && !(current instanceof AccessDeniedException)
                    && !(current instanceof ViewExpiredException)) {
                current = current.getCause();
            }
            return current;
        }
    }
}
