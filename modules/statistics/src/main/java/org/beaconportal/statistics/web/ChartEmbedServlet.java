package org.beaconportal.statistics.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.beaconportal.core.web.HtmlText;
import org.beaconportal.statistics.application.ChartData;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.Figure;
import org.beaconportal.statistics.application.PublicDataset;
import org.beaconportal.statistics.application.StatisticsTexts;
import org.beaconportal.statistics.application.Terms;

/**
 * One chart for other sites to frame: {@code /embed/statistics/chart/{key}} ({@code ?lang=es} for
 * Spanish). Plain HTML with the chart's title, text summary, data table and source line, and a
 * link to the full dataset: no Faces, so no session and no cookie. Core's security headers let
 * exactly the {@code /embed/} responses be framed by any site.
 */
@WebServlet("/embed/statistics/chart/*")
public class ChartEmbedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DatasetService datasets;

    @Inject
    transient StatisticsAvailability availability;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!availability.isEnabled() || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<PublicDataset> dataset = datasets.findByChart(key);
        Optional<ChartData> chart = dataset.flatMap(d -> d.chart(key));
        if (chart.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String language = "es".equals(request.getParameter("lang")) ? "es" : "en";
        Locale locale = StatisticsTexts.locale(language);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        write(response.getWriter(), request.getContextPath(), dataset.get(), chart.get(), language, locale);
    }

    private static void write(
            PrintWriter out, String context, PublicDataset dataset, ChartData chart, String language, Locale locale) {
        String datasetPath = context + ("es".equals(language) ? "/es" : "") + "/statistics/" + dataset.slug();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<meta name=\"referrer\" content=\"no-referrer\">");
        out.println("<title>" + html(chart.title(language)) + "</title>");
        out.println("<link rel=\"stylesheet\" href=\"" + context
                + "/jakarta.faces.resource/css/portal.css.xhtml?ln=beacon\">");
        out.println("<link rel=\"stylesheet\" href=\"" + context
                + "/jakarta.faces.resource/css/statistics.css.xhtml?ln=statistics\">");
        out.println("</head><body class=\"embed\"><main>");
        out.println("<h1>" + html(chart.title(language)) + "</h1>");
        if (dataset.exampleData()) {
            out.println("<p class=\"example-note\"><strong>" + html(StatisticsTexts.text(locale, "statistics.example"))
                    + ":</strong> " + html(StatisticsTexts.text(locale, "statistics.example.note")) + "</p>");
        }
        out.println("<p>" + html(chart.summary(language)) + "</p>");
        out.println("<table class=\"data-table\"><caption>" + html(chart.title(language)) + "</caption>");
        out.print("<thead><tr><th scope=\"col\">" + html(Terms.label(chart.dimension(), locale)) + "</th>");
        for (ChartData.Series series : chart.series()) {
            out.print("<th scope=\"col\">" + html(Terms.label(series.name(), locale)) + " ("
                    + html(Terms.label(series.unit(), locale)) + ")</th>");
        }
        out.println("</tr></thead><tbody>");
        for (int i = 0; i < chart.labels().size(); i++) {
            out.print("<tr><th scope=\"row\">" + html(Terms.label(chart.labels().get(i), locale)) + "</th>");
            for (ChartData.Series series : chart.series()) {
                Figure point = series.points().get(i);
                out.print("<td class=\"number\">" + (point == null ? "–" : html(point.display(locale))) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</tbody></table>");
        out.println("<p class=\"source\">" + html(StatisticsTexts.text(locale, "statistics.source")) + " "
                + html(dataset.citation()) + "</p>");
        out.println("<p><a href=\"" + html(datasetPath) + "\" target=\"_top\">"
                + html(StatisticsTexts.text(locale, "statistics.embed.full")) + "</a></p>");
        out.println("</main></body></html>");
    }

    private static String html(String text) {
        return HtmlText.escape(text);
    }
}
