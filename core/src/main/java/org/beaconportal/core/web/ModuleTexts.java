package org.beaconportal.core.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.beaconportal.core.spi.PortalModule;

/** Looks up a text in a module's own bundle ({@code i18n/<id>}), falling back to the key. */
public final class ModuleTexts {

    private ModuleTexts() {}

    public static String text(PortalModule module, String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    module.descriptor().bundleBaseName(),
                    locale,
                    module.getClass().getClassLoader());
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
