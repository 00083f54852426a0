package org.beaconportal.compliance.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.beaconportal.compliance.ComplianceModule;
import org.beaconportal.compliance.application.AssessmentService;
import org.beaconportal.compliance.application.CompanyDataRights;
import org.beaconportal.compliance.application.CompanyReport;
import org.beaconportal.compliance.application.ComplianceTexts;
import org.beaconportal.compliance.application.ReportService;
import org.beaconportal.compliance.domain.EvidenceFile;
import org.beaconportal.compliance.infrastructure.PdfReportWriter;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.ModuleRegistry;

/**
 * Files of the company area, all behind the COMPANY login (web.xml) and an ownership check:
 * evidence files ({@code /company/evidence/<random id>}), the report as PDF and CSV and the
 * owner's export ({@code /company/export.zip}). Another company's file answers 404, as does a
 * file that does not exist, so ids cannot be probed.
 */
@WebServlet(urlPatterns = {"/company/evidence/*", "/company/report.pdf", "/company/report.csv", "/company/export.zip"})
public class CompanyDownloadsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssessmentService assessments;

    @Inject
    transient ReportService reports;

    @Inject
    transient CompanyDataRights dataRights;

    @Inject
    transient ModuleRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!registry.isEnabled(ComplianceModule.ID)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getServletPath();
        Locale locale = ComplianceTexts.locale(request.getParameter("lang"));
        try {
            switch (path) {
                case "/company/report.pdf" -> {
                    CompanyReport report = reports.report();
                    response.setContentType("application/pdf");
                    response.setHeader("Content-Disposition", "attachment; filename=\"compliance-report.pdf\"");
                    PdfReportWriter.write(report, locale, response.getOutputStream());
                }
                case "/company/report.csv" -> {
                    CompanyReport report = reports.report();
                    response.setContentType("text/csv; charset=UTF-8");
                    response.setHeader("Content-Disposition", "attachment; filename=\"compliance-report.csv\"");
                    response.getOutputStream()
                            .write(ReportService.csv(report, locale).getBytes(StandardCharsets.UTF_8));
                }
                case "/company/export.zip" -> {
                    response.setContentType("application/zip");
                    response.setHeader("Content-Disposition", "attachment; filename=\"company-data.zip\"");
                    dataRights.export(response.getOutputStream());
                }
                default -> evidence(request, response);
            }
        } catch (AccessDeniedException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    private void evidence(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String id = info == null ? "" : info.substring(1);
        if (!id.matches("[0-9a-f-]{36}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceFile file = assessments.evidenceFile(id);
        response.setContentType(file.getContentType());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + file.getFilename().replaceAll("[^\\w.\\- ]", "_") + "\"");
        response.setContentLengthLong(file.getSizeBytes());
        try (InputStream in = assessments.openEvidence(file);
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
