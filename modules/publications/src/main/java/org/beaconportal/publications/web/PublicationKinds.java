package org.beaconportal.publications.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.beaconportal.publications.domain.PublicationKind;

/** The kinds of publication, for the editor's picker. */
@Named
@ApplicationScoped
public class PublicationKinds {

    public List<SelectItem> options(Locale locale) {
        return Arrays.stream(PublicationKind.values())
                .map(k -> new SelectItem(k.key(), PublicationTexts.text(locale, k.getLabelKey())))
                .toList();
    }
}
