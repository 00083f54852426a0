package org.beaconportal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.beaconportal.core.web.CleanUrlServlet;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.statistics.application.ChartData;
import org.beaconportal.statistics.application.ChartJsConfig;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.Figure;
import org.beaconportal.statistics.application.PublicDataset;
import org.beaconportal.statistics.application.Terms;

/**
 * A dataset's public page, {@code /statistics/{slug}}: its charts (each with a summary, the source
 * and its data table), the full table of values, methodology, "cite this", downloads and the embed
 * snippet of every chart.
 */
@Named
@RequestScoped
public class DatasetPageView {

    @Inject
    DatasetService datasets;

    @Inject
    PageLanguage language;

    private PublicDataset dataset;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String slug = (String) external.getRequestMap().get(CleanUrlServlet.SLUG_ATTRIBUTE);
        dataset = slug == null ? null : datasets.find(slug).orElse(null);
        if (dataset == null) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public PublicDataset getDataset() {
        return dataset;
    }

    public String getTitle() {
        return dataset.title(language.getCode());
    }

    public String getDescription() {
        return dataset.description(language.getCode());
    }

    public String getMethodology() {
        return dataset.methodology(language.getCode());
    }

    public List<ChartData> getCharts() {
        return dataset.charts();
    }

    /** The Chart.js configuration of a chart, as JSON text for {@code <p:chart value>}. */
    public String config(ChartData chart) {
        return ChartJsConfig.of(chart, locale()).toString();
    }

    public String chartTitle(ChartData chart) {
        return chart.title(language.getCode());
    }

    public String chartSummary(ChartData chart) {
        return chart.summary(language.getCode());
    }

    /** A code or category as readers should read it. */
    public String term(String code) {
        return Terms.label(code, locale());
    }

    /** A figure as readers should read it: the number, or "fewer than N". */
    public String display(Figure figure) {
        return figure == null ? "–" : figure.display(locale());
    }

    public String note(Figure figure) {
        return figure == null ? "" : figure.noteText(locale());
    }

    /** The figures of one series along one dimension, for a group of the full table. */
    public List<Figure> figures(List<String> group) {
        return dataset.figures(group.get(0), group.get(1));
    }

    public List<List<String>> getGroups() {
        return dataset.groups();
    }

    public String getUpdated() {
        return dataset.updatedAt()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
    }

    public String getCsvLink() {
        return contextPath() + "/api/v1/datasets/" + dataset.slug() + "/csv?lang=" + language.getCode();
    }

    public String getJsonLink() {
        return contextPath() + "/api/v1/datasets/" + dataset.slug() + "?lang=" + language.getCode();
    }

    /** Path of a chart's embeddable page. */
    public String embedPath(ChartData chart) {
        return contextPath() + "/embed/statistics/chart/" + chart.key() + (language.isSpanish() ? "?lang=es" : "");
    }

    /** The HTML a partner site pastes to show a chart. */
    public String embedSnippet(ChartData chart) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String origin = external.getRequestScheme() + "://" + external.getRequestServerName()
                + (isDefaultPort(external) ? "" : ":" + external.getRequestServerPort());
        return "<iframe src=\"" + origin + embedPath(chart) + "\" title=\""
                + chartTitle(chart).replace("\"", "&quot;")
                + "\" width=\"640\" height=\"480\" style=\"border:0\"></iframe>";
    }

    private static boolean isDefaultPort(ExternalContext external) {
        int port = external.getRequestServerPort();
        return ("http".equals(external.getRequestScheme()) && port == 80)
                || ("https".equals(external.getRequestScheme()) && port == 443);
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
