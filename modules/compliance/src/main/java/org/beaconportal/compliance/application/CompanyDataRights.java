package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.beaconportal.compliance.domain.Answer;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.Company;
import org.beaconportal.compliance.domain.CompanyMember;
import org.beaconportal.compliance.domain.CompanyRepository;
import org.beaconportal.compliance.domain.EvidenceFile;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;

/**
 * The owner's rights over the company's data: one ZIP with everything (company, members,
 * assessments with answers and notes, evidence files, sourcing screen, action plan), and deleting
 * the company with all of its data and its members' accounts.
 */
@ApplicationScoped
public class CompanyDataRights {

    @Inject
    CompanyAccess access;

    @Inject
    CompanyRepository companies;

    @Inject
    AssessmentRepository assessments;

    @Inject
    ReportService reports;

    @Inject
    EvidenceStore store;

    @Inject
    AuditTrail audit;

    /** Writes the caller's company data as a ZIP (owner only). */
    @Transactional
    public void export(OutputStream out) {
        CompanyMember owner = access.owner();
        long companyId = owner.getCompanyId();
        Company company = companies.find(companyId).orElseThrow();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("company.json"));
            zip.write(companyJson(company, companies.members(companyId), assessments.byCompany(companyId))
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("report.csv"));
            zip.write(ReportService.csv(reports.report(), Locale.ENGLISH).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (EvidenceFile file : assessments.evidenceOfCompany(companyId)) {
                zip.putNextEntry(new ZipEntry("evidence/" + file.getId() + "-" + file.getFilename()));
                try (InputStream in = store.open(companyId, file.getId())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the caller's company (owner only) once its exact name is typed as confirmation. */
    @Transactional
    public void delete(String typedName) {
        CompanyMember owner = access.owner();
        long companyId = owner.getCompanyId();
        Company company = companies.find(companyId).orElseThrow();
        if (typedName == null || !typedName.trim().equals(company.getName())) {
            throw new BusinessRuleException("compliance.delete.confirmMismatch");
        }
        companies.deleteWithAllData(companyId);
        store.deleteCompany(companyId);
        audit.record("compliance.company.delete", "company", Long.toString(companyId), null);
    }

    static String companyJson(Company company, List<CompanyMember> members, List<Assessment> all) {
        JsonArrayBuilder memberArray = Json.createArrayBuilder();
        for (CompanyMember m : members) {
            memberArray.add(Json.createObjectBuilder()
                    .add("username", m.getUsername())
                    .add("email", m.getEmail())
                    .add("owner", m.isOwner())
                    .add("joined", m.getJoinedAt().toString()));
        }
        JsonArrayBuilder assessmentArray = Json.createArrayBuilder();
        for (Assessment a : all) {
            JsonObjectBuilder scores = Json.createObjectBuilder();
            for (Map.Entry<Integer, Integer> s : a.getStepScores().entrySet()) {
                scores.add(Integer.toString(s.getKey()), s.getValue());
            }
            JsonArrayBuilder answers = Json.createArrayBuilder();
            for (Answer answer : a.getAnswers()) {
                JsonObjectBuilder item = Json.createObjectBuilder()
                        .add("step", answer.getQuestion().getStepNumber())
                        .add("question", answer.getQuestion().getTextEn());
                if (answer.getOption() != null) {
                    item.add("answer", answer.getOption().getLabelEn())
                            .add("level", answer.getOption().getLevel());
                }
                if (answer.getNote() != null) {
                    item.add("note", answer.getNote());
                }
                answers.add(item);
            }
            JsonObjectBuilder assessment = Json.createObjectBuilder()
                    .add("questionnaireVersion", a.getQuestionnaire().getNumber())
                    .add("status", a.getStatus().name())
                    .add("started", a.getStartedAt().toString())
                    .add("stepScores", scores)
                    .add("answers", answers);
            if (a.getSubmittedAt() != null) {
                assessment.add("submitted", a.getSubmittedAt().toString()).add("overall", a.getOverallScore());
            }
            assessmentArray.add(assessment);
        }
        StringWriter text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.writeObject(Json.createObjectBuilder()
                    .add("name", company.getName())
                    .add("sector", company.getSector())
                    .add("sizeBand", company.getSizeBand().name())
                    .add("country", company.getCountry())
                    .add("registered", company.getCreatedAt().toString())
                    .add("members", memberArray)
                    .add("assessments", assessmentArray)
                    .build());
        }
        return text.toString();
    }
}
