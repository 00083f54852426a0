package org.beaconportal.newsletter.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Messages of the newsletter bundle on staff pages, in the page's language. */
final class StaffMessages {

    private StaffMessages() {}

    static void info(String key) {
        add(FacesMessage.SEVERITY_INFO, key);
    }

    static void error(String key) {
        add(FacesMessage.SEVERITY_ERROR, key);
    }

    private static void add(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.newsletter", faces.getViewRoot().getLocale(), StaffMessages.class.getClassLoader());
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
