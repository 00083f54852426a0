package org.beaconportal.compliance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.compliance.application.GuidancePublications;
import org.beaconportal.compliance.application.GuidancePublications.LinkedPublication;
import org.beaconportal.compliance.application.GuidanceService;
import org.beaconportal.compliance.domain.GuidanceStep;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.core.web.CleanUrlServlet;
import org.beaconportal.core.web.PageLanguage;

/** The public guidance: the eight steps ({@code /compliance/guidance}) and each step ({@code /compliance/guidance/step-3}). */
@Named
@RequestScoped
public class GuidanceView {

    @Inject
    GuidanceService guidance;

    @Inject
    PageLanguage language;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    GuidancePublications publications;

    private GuidanceStep step;
    private List<LinkedPublication> linked;

    public List<GuidanceStep> getSteps() {
        return guidance.steps(language.getCode());
    }

    /** Loads the step named by the slug ({@code step-N}); anything else is "page not found". */
    public void loadStep() throws java.io.IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        Object slug = context.getExternalContext().getRequestMap().get(CleanUrlServlet.SLUG_ATTRIBUTE);
        if (slug instanceof String s && s.matches("step-[1-8]")) {
            step = guidance.step(Integer.parseInt(s.substring(5)), language.getCode())
                    .orElse(null);
        }
        if (step == null) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public GuidanceStep getStep() {
        return step;
    }

    /** The step's publications the public may read now; none while the publications module is off. */
    public List<LinkedPublication> getPublications() {
        if (linked == null) {
            linked = step == null ? List.of() : publications.linked(step.getPublicationIds());
        }
        return linked;
    }

    public String html(String source) {
        return markdown.toSafeHtml(source);
    }
}
