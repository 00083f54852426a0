package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.GuidanceRepository;
import org.beaconportal.compliance.domain.GuidanceStep;
import org.beaconportal.compliance.domain.Question;
import org.beaconportal.compliance.domain.QuestionnaireVersion;

/**
 * What the tool needs before any company arrives, created at startup when missing: the 2022
 * edition of the List of Goods, the first questionnaire and the guidance for the eight steps.
 */
@ApplicationScoped
public class ComplianceReferenceData {

    /** Edition year of the List of Goods shipped with the module. */
    public static final int SEEDED_EDITION = 2022;

    static final String SEEDED_LIST = "/compliance/list-of-goods-2022.csv";

    /** Question per step: English, Spanish, help in English, help in Spanish, evidence prompt EN, ES. */
    private static final String[][] QUESTIONS = {
        {
            "Have you identified the stakeholders of each tier of your supply chain?",
            "¿Ha identificado a las partes interesadas de cada nivel de su cadena de suministro?",
            "Think of workers, suppliers, unions and community groups.",
            "Piense en trabajadores, proveedores, sindicatos y organizaciones comunitarias.",
            "A stakeholder map or list.",
            "Un mapa o lista de partes interesadas."
        },
        {
            "Do workers have a safe way to raise concerns with you?",
            "¿Tienen los trabajadores una vía segura para plantearle problemas?",
            "Safe means anonymous if needed and free of retaliation.",
            "Segura significa anónima si hace falta y sin represalias.",
            "A description of the channel and how often it is used.",
            "Descripción del canal y de su uso."
        },
        {
            "Have you mapped the countries of origin of your main raw materials?",
            "¿Ha mapeado los países de origen de sus principales materias primas?",
            "The sourcing screen in Beacon helps with this.",
            "La revisión de abastecimiento de Beacon ayuda con esto.",
            "Your sourcing list.",
            "Su lista de abastecimiento."
        },
        {
            "Do you rank supply-chain risks by likelihood and severity?",
            "¿Clasifica los riesgos de la cadena por probabilidad y gravedad?",
            "Severity means how bad the harm to people would be.",
            "Gravedad significa cuán grave sería el daño a las personas.",
            "Your latest risk assessment.",
            "Su evaluación de riesgos más reciente."
        },
        {
            "Does your code of conduct explicitly ban child labour and forced labour?",
            "¿Prohíbe su código de conducta expresamente el trabajo infantil y el forzoso?",
            null,
            null,
            "The code of conduct.",
            "El código de conducta."
        },
        {
            "Is the code part of your contracts with suppliers?",
            "¿Forma parte el código de sus contratos con proveedores?",
            null,
            null,
            "A contract clause.",
            "Una cláusula contractual."
        },
        {
            "Are your buyers trained to recognise indicators of forced labour?",
            "¿Están capacitados sus compradores para reconocer indicadores de trabajo forzoso?",
            null,
            null,
            "Training records.",
            "Registros de capacitación."
        },
        {
            "Do you communicate your requirements to workers in their languages?",
            "¿Comunica sus requisitos a los trabajadores en sus idiomas?",
            null,
            null,
            "Materials used.",
            "Materiales utilizados."
        },
        {
            "Do you monitor suppliers with audits and worker interviews?",
            "¿Supervisa a los proveedores con auditorías y entrevistas a trabajadores?",
            null,
            null,
            "Audit schedule or reports.",
            "Calendario o informes de auditoría."
        },
        {
            "Do you track grievances to a response?",
            "¿Da seguimiento a las quejas hasta una respuesta?",
            null,
            null,
            "Grievance log (without personal data).",
            "Registro de quejas (sin datos personales)."
        },
        {
            "Do you have a remediation plan for child labour and forced labour cases?",
            "¿Tiene un plan de remediación para casos de trabajo infantil y forzoso?",
            null,
            null,
            "The remediation plan.",
            "El plan de remediación."
        },
        {
            "Have you remediated past violations with the affected workers?",
            "¿Ha remediado infracciones pasadas con los trabajadores afectados?",
            null,
            null,
            "A summary of cases and outcomes.",
            "Resumen de casos y resultados."
        },
        {
            "Has an independent party reviewed your compliance system?",
            "¿Ha revisado una parte independiente su sistema de cumplimiento?",
            null,
            null,
            "The review report.",
            "El informe de revisión."
        },
        {
            "Do you act on the findings of independent reviews?",
            "¿Actúa según los hallazgos de las revisiones independientes?",
            null,
            null,
            "Follow-up actions.",
            "Acciones de seguimiento."
        },
        {
            "Do you publish a report on your labour risks and actions?",
            "¿Publica un informe sobre sus riesgos laborales y acciones?",
            null,
            null,
            "A link to the report.",
            "Un enlace al informe."
        },
        {
            "Do you track key figures over time (for example fees reimbursed)?",
            "¿Sigue cifras clave a lo largo del tiempo (por ejemplo, tarifas reembolsadas)?",
            null,
            null,
            "The figures you track.",
            "Las cifras que sigue."
        },
    };

    private static final String[][] OPTIONS = {
        {"Not in place", "No existe"},
        {"Planned", "Planificado"},
        {"Partly in place", "Parcialmente en marcha"},
        {"Fully in place and reviewed", "Plenamente en marcha y revisado"},
    };

    @Inject
    GuidanceRepository guidance;

    @Inject
    AssessmentRepository assessments;

    @Inject
    GoodsListAdministration goodsList;

    @Inject
    Clock clock;

    @Transactional
    public void ensure() {
        goodsList.ensureSeeded(SEEDED_EDITION, seededList());
        if (assessments.versions().isEmpty()) {
            QuestionnaireVersion first = new QuestionnaireVersion(1, OffsetDateTime.now(clock));
            for (int i = 0; i < QUESTIONS.length; i++) {
                String[] q = QUESTIONS[i];
                Question question =
                        first.addQuestion(i / 2 + 1, i % 2 == 0 ? 2 : 1, q[0], q[1], q[2], q[3], q[4], q[5]);
                for (int level = 0; level < OPTIONS.length; level++) {
                    question.addOption(level, OPTIONS[level][0], OPTIONS[level][1]);
                }
            }
            first.publish(OffsetDateTime.now(clock));
            assessments.save(first);
        }
        if (guidance.count() == 0) {
            for (GuidanceSeed.Text text : GuidanceSeed.TEXTS) {
                GuidanceStep step = new GuidanceStep(text.step(), text.lang(), text.title(), text.summary());
                step.edit(
                        text.title(),
                        text.summary(),
                        text.objectives(),
                        text.keyTerms(),
                        text.topics(),
                        "es".equals(text.lang()) ? GuidanceSeed.RESOURCES_ES : GuidanceSeed.RESOURCES_EN);
                guidance.save(step);
            }
        }
    }

    static String seededList() {
        try (InputStream in = ComplianceReferenceData.class.getResourceAsStream(SEEDED_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SEEDED_LIST);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
