package org.beaconportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.beaconportal.core.application.BusinessRuleException;

/** Messages of the core bundle ({@code i18n/core}) in the page's language, for backing beans. */
public final class Texts {

    public static final String CORE_BUNDLE = "i18n.core";

    private Texts() {}

    public static String core(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(CORE_BUNDLE, locale, Texts.class.getClassLoader())
                    .getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Adds a message in the current view's language. */
    public static void addMessage(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = core(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public static void addError(BusinessRuleException e) {
        addMessage(FacesMessage.SEVERITY_ERROR, null, e.messageKey(), e.arguments());
    }

    public static void addInfo(String key, Object... arguments) {
        addMessage(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }
}
