package org.beaconportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.beaconportal.core.application.BusinessRuleException;

/** Messages of core's and the modules' bundles in the page's language, for backing beans. */
public final class Texts {

    public static final String CORE_BUNDLE = "i18n.core";

    private Texts() {}

    /**
     * A message of core's bundle or, for keys that core does not have, of the bundle of the module
     * the key starts with ({@code resources.law.yearInvalid} → {@code i18n/resources}).
     */
    public static String core(Locale locale, String key, Object... arguments) {
        String pattern = lookup(CORE_BUNDLE, locale, key);
        int dot = key.indexOf('.');
        if (pattern == null && dot > 0) {
            pattern = lookup("i18n." + key.substring(0, dot), locale, key);
        }
        if (pattern == null) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static String lookup(String bundle, Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(bundle, locale, Texts.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
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
