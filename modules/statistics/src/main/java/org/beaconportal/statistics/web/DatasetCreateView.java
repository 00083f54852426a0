package org.beaconportal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.StatisticsTexts;

/**
 * The "New dataset" form of {@code /admin/statistics}: the address, titles and provenance every
 * dataset needs; on success it opens the new dataset's staff page for the first import.
 */
@Named
@RequestScoped
public class DatasetCreateView {

    @Inject
    DatasetService datasets;

    @Inject
    StaffEditor staff;

    @Inject
    PageLanguage language;

    private String slug;
    private String title;
    private String titleEs;
    private String organisation;
    private String citation;

    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            datasets.create(staff.current(), slug == null ? "" : slug.strip(), title, titleEs, organisation, citation);
        } catch (BusinessRuleException e) {
            String message = StatisticsTexts.text(language.getLocale(), e.messageKey(), e.arguments());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            return;
        }
        faces.getExternalContext().redirect(language.link("/admin/statistics/dataset") + "?slug=" + slug.strip());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }
}
