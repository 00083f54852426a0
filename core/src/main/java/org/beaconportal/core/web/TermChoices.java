package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.beaconportal.core.application.TaxonomyService;

/**
 * Every term of every vocabulary as options for pickers and filters: grouped by vocabulary,
 * indented by depth, labelled in the page's language, valued by term id.
 *
 * <pre>{@code
 * <p:selectCheckboxMenu value="#{bean.termIds}"><f:selectItems value="#{termChoices.all}"/></p:selectCheckboxMenu>
 * }</pre>
 */
@Named
@RequestScoped
public class TermChoices {

    @Inject
    TaxonomyService taxonomy;

    private List<SelectItem> all;

    public List<SelectItem> getAll() {
        if (all == null) {
            String language =
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
            all = new ArrayList<>();
            taxonomy.forest().forEach((vocabulary, nodes) -> {
                if (!nodes.isEmpty()) {
                    SelectItemGroup group = new SelectItemGroup(vocabulary.label(language));
                    group.setSelectItems(nodes.stream()
                            .map(n -> new SelectItem(String.valueOf(n.term().getId()), n.indentedLabel(language)))
                            .toArray(SelectItem[]::new));
                    all.add(group);
                }
            });
        }
        return all;
    }
}
