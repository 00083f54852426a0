package org.beaconportal.publications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beaconportal.core.application.Classification;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.TaxonomyService;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.infrastructure.SimplePdfWriter;
import org.beaconportal.publications.infrastructure.SimplePdfWriter.Section;

/**
 * Demo library loaded on a portal's first start: seven publications in English and Spanish, each
 * with a main PDF and section PDFs generated here with PDFBox (no downloads). Their texts are our
 * own; figures cite their sources (ILO, Walk Free and IOM 2022; U.S. Department of Labor).
 * Thumbnails and searchable text come from the normal background extraction.
 */
@ApplicationScoped
public class DemoPublications {

    /** One demo publication. */
    record Demo(
            String slug,
            String language,
            String title,
            String summary,
            Map<String, String> fields,
            List<String> terms,
            List<Section> sections) {}

    private static final String COALITION = "Colorado Anti-Trafficking Coalition";
    private static final String CITE_ILO = "Source: ILO, Walk Free and IOM (2022), Global Estimates of Modern Slavery: "
            + "Forced Labour and Forced Marriage.";
    private static final String CITE_ILO_ES = "Fuente: OIT, Walk Free y OIM (2022), Estimaciones mundiales sobre la "
            + "esclavitud moderna: trabajo forzoso y matrimonio forzoso.";

    @Inject
    ContentService content;

    @Inject
    PublicationFiles files;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    Clock clock;

    @Transactional
    public void load() {
        for (Demo demo : demos()) {
            create(demo);
        }
    }

    private void create(Demo demo) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Publication publication = new Publication(Slug.of(demo.slug()), demo.language(), demo.title(), "system", now);
        publication.edit(demo.title(), demo.summary(), "", "system", now);
        publication.editFields(demo.fields(), "system", now);
        Set<Long> termIds = new LinkedHashSet<>();
        for (String path : demo.terms()) {
            taxonomy.byPath(path).map(Term::getId).ifPresent(termIds::add);
        }
        publication =
                content.create(Editor.SYSTEM, publication, "Demo content", new Classification(termIds, List.of()));
        content.transition(Editor.SYSTEM, publication.getId(), WorkflowAction.PUBLISH, null);
        String imprint = demo.fields().getOrDefault("publisher", COALITION) + ", "
                + demo.fields().getOrDefault("date", "").replaceAll("-.*", "");
        byte[] main = SimplePdfWriter.write(demo.title(), demo.fields().get("subtitle"), imprint, demo.sections());
        files.attachMain(Editor.SYSTEM, publication.getId(), demo.slug() + ".pdf", new ByteArrayInputStream(main));
        int page = 2;
        int number = 1;
        for (Section section : demo.sections()) {
            int pages = SimplePdfWriter.pagesOf(section);
            byte[] pdf = SimplePdfWriter.writeSection(demo.title(), section);
            files.attachSection(
                    Editor.SYSTEM,
                    publication.getId(),
                    demo.slug() + "-part-" + number + ".pdf",
                    new ByteArrayInputStream(pdf),
                    section.title(),
                    page,
                    page + pages - 1);
            page += pages;
            number++;
        }
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static List<Demo> demos() {
        return List.of(
                new Demo(
                        "annual-report-2024",
                        "en",
                        "Annual report 2024",
                        "What the coalition and its members did in 2024: training, survivor services, data and policy work across Colorado.",
                        fields(
                                "subtitle",
                                "A year of building safer communities",
                                "kind",
                                "annual-report",
                                "publisher",
                                COALITION,
                                "date",
                                "2025-03-14",
                                "authors",
                                COALITION,
                                "reportNumber",
                                "CATC-AR-2024",
                                "licence",
                                "CC BY 4.0",
                                "related",
                                "hidden-hands-colorado-agriculture"),
                        List.of("topics/understanding-trafficking", "topics/survivor-services", "regions/colorado"),
                        List.of(
                                new Section(
                                        "Letter from the coalition",
                                        List.of(
                                                "This report looks back on a year in which more partners than ever joined our work. "
                                                        + "Service providers, advocates, researchers and people with lived experience met every month to share what they saw and to plan together.",
                                                "Our aim stays the same: that anyone exploited in Colorado can find help quickly, and that fewer people are exploited in the first place.")),
                                new Section(
                                        "Training and outreach",
                                        List.of(
                                                "Members trained health care workers, school staff and employers to notice the signs of labour and sex trafficking and to respond safely.",
                                                "Every session ended with the hotlines: the National Human Trafficking Hotline, 1-888-373-7888 (text 233733), and the Colorado Human Trafficking Hotline, 866-455-5075 (text 720-999-9724).")),
                                new Section(
                                        "Looking ahead",
                                        List.of(
                                                "Next year we will publish research on labour exploitation in agriculture and a toolkit for businesses that want to check their supply chains.",
                                                "We thank the survivors who reviewed this report and shaped its recommendations.")))),
                new Demo(
                        "hidden-hands-colorado-agriculture",
                        "en",
                        "Hidden hands: labour trafficking in Colorado agriculture",
                        "A research report on how recruitment debt, housing tied to work and isolation leave farmworkers open to forced labour, and what growers, buyers and agencies can do.",
                        fields(
                                "subtitle",
                                "Recruitment, housing and isolation on the farm",
                                "kind",
                                "research-report",
                                "publisher",
                                COALITION,
                                "date",
                                "2024-09-30",
                                "authors",
                                "Moreno, Ana Lucía\nOkafor, Daniel\n" + COALITION,
                                "reportNumber",
                                "CATC-RR-2024-02",
                                "licence",
                                "CC BY 4.0",
                                "related",
                                "annual-report-2024,supply-chain-toolkit"),
                        List.of(
                                "topics/labour-trafficking",
                                "topics/agriculture",
                                "topics/data-and-research",
                                "regions/san-luis-valley",
                                "regions/colorado"),
                        List.of(
                                new Section(
                                        "Why agriculture",
                                        List.of(
                                                "Seasonal farm work combines several risks at once: workers recruited far from home, fees paid to recruiters before the first pay cheque, and housing that belongs to the employer.",
                                                "None of these is trafficking by itself. Together they can give an employer the power to keep someone working against their will.")),
                                new Section(
                                        "What workers told us",
                                        List.of(
                                                "The interviews in this study were done with the help of community organisations and with consent. Workers described wages withheld until the end of the season, documents kept by a supervisor, and fear of losing housing.",
                                                "Several said they did not know that a free and confidential hotline exists.")),
                                new Section(
                                        "Recommendations",
                                        List.of(
                                                "Growers and buyers should make sure workers never pay recruitment fees, keep their own documents, and can leave employer housing without losing their job.",
                                                "Agencies should bring information about rights and hotlines to the places where workers live, in the languages they speak.")))),
                new Demo(
                        "forced-labour-global-estimates",
                        "en",
                        "Forced labour worldwide: reading the 2021 global estimates",
                        "A brief research summary of the 2022 global estimates of forced labour by the ILO, Walk Free and IOM, and what they mean for Colorado.",
                        fields(
                                "kind",
                                "research-report",
                                "publisher",
                                COALITION,
                                "date",
                                "2023-06-01",
                                "authors",
                                "Nguyen, Thi Mai",
                                "licence",
                                "CC BY 4.0"),
                        List.of("topics/labour-trafficking", "topics/data-and-research", "regions/worldwide"),
                        List.of(
                                new Section(
                                        "The headline figure",
                                        List.of(
                                                "According to the global estimates published in 2022, 27.6 million people were in forced labour on an average day in 2021.",
                                                "Women and girls were 11.8 million of them, about 43 per cent. "
                                                        + CITE_ILO)),
                                new Section(
                                        "What it means here",
                                        List.of(
                                                "Forced labour is found in every region and in ordinary industries: farming, construction, domestic work, manufacturing and services.",
                                                "Colorado employers and consumers are linked to it through what they buy as much as through who they hire.")))),
                new Demo(
                        "supply-chain-toolkit",
                        "en",
                        "Supply chain due diligence toolkit",
                        "A practical toolkit for businesses, based on the eight steps of the U.S. Department of Labor's Comply Chain, to find and fix forced and child labour risks.",
                        fields(
                                "subtitle",
                                "Eight steps from commitment to reporting",
                                "kind",
                                "toolkit",
                                "publisher",
                                COALITION,
                                "date",
                                "2025-01-20",
                                "authors",
                                "Becker, Laura\n" + COALITION,
                                "licence",
                                "CC BY-SA 4.0",
                                "related",
                                "hidden-hands-colorado-agriculture"),
                        List.of(
                                "topics/supply-chains",
                                "topics/labour-trafficking",
                                "audiences/businesses",
                                "regions/united-states"),
                        List.of(
                                new Section(
                                        "Steps one to four",
                                        List.of(
                                                "Engage stakeholders and partners; assess risks and impacts; develop a code of conduct; communicate and train across your supply chain.",
                                                "These steps follow Comply Chain, the social compliance guide of the U.S. Department of Labor, Bureau of International Labor Affairs.")),
                                new Section(
                                        "Steps five to eight",
                                        List.of(
                                                "Monitor compliance; remediate violations; seek independent review; report on performance and engagement.",
                                                "Check what you source against the Department of Labor's List of Goods Produced by Child Labor or Forced Labor.")))),
                new Demo(
                        "trata-laboral-senales",
                        "es",
                        "Hoja informativa: la trata laboral y sus señales",
                        "Una hoja breve para reconocer señales de trabajo forzoso y saber a quién llamar en Colorado.",
                        fields(
                                "kind",
                                "fact-sheet",
                                "publisher",
                                COALITION,
                                "date",
                                "2024-05-10",
                                "authors",
                                COALITION,
                                "licence",
                                "CC BY 4.0"),
                        List.of("topics/labour-trafficking", "topics/prevention-and-training", "regions/colorado"),
                        List.of(
                                new Section(
                                        "Señales de alerta",
                                        List.of(
                                                "Deudas con quien le contrató que nunca terminan, documentos retenidos por el empleador, vivienda controlada por el trabajo o miedo a salir.",
                                                "Nadie debe pagar para conseguir un trabajo ni quedarse por amenazas.")),
                                new Section(
                                        "Dónde pedir ayuda",
                                        List.of(
                                                "Línea Nacional contra la Trata de Personas: 1-888-373-7888 (mensaje de texto al 233733).",
                                                "Línea de Colorado contra la Trata de Personas: 866-455-5075 (mensaje de texto al 720-999-9724). "
                                                        + CITE_ILO_ES)))),
                new Demo(
                        "derechos-victimas-colorado",
                        "es",
                        "Resumen: la trata de personas en la ley de Colorado",
                        "Un resumen de las leyes federales y de Colorado sobre la trata, y de lo que significan para las víctimas.",
                        fields(
                                "kind",
                                "brief",
                                "publisher",
                                COALITION,
                                "date",
                                "2024-11-05",
                                "authors",
                                "Ramírez, Sofía",
                                "licence",
                                "CC BY 4.0"),
                        List.of("topics/laws-and-policy", "topics/sex-trafficking", "regions/colorado"),
                        List.of(
                                new Section(
                                        "Leyes federales y estatales",
                                        List.of(
                                                "La Ley de Protección a las Víctimas de la Trata de 2000 (Pub. L. 106-386) y sus reautorizaciones forman la base federal.",
                                                "En Colorado, los artículos 18-3-503 y 18-3-504 de los Estatutos Revisados tipifican la trata para servidumbre involuntaria y para servidumbre sexual.")),
                                new Section(
                                        "Menores de edad",
                                        List.of(
                                                "Según la ley federal y la de Colorado, toda persona menor de 18 años inducida al comercio sexual es víctima de trata, sin necesidad de probar fuerza, fraude o coacción.")))),
                new Demo(
                        "recognising-signs-health-care",
                        "en",
                        "Recognising the signs: a training guide for health care workers",
                        "Training material for clinics and hospitals: how to notice possible trafficking during a visit and respond with safety and respect.",
                        fields(
                                "kind",
                                "training-material",
                                "publisher",
                                COALITION,
                                "date",
                                "2022-10-12",
                                "authors",
                                "Hart, Jonathan\nMoreno, Ana Lucía",
                                "licence",
                                "CC BY-NC 4.0"),
                        List.of("topics/prevention-and-training", "audiences/health-care-workers", "regions/colorado"),
                        List.of(
                                new Section(
                                        "During the visit",
                                        List.of(
                                                "See the patient alone when you can. Use a professional interpreter, never a companion.",
                                                "Ask open questions about work and safety; do not push for a disclosure.")),
                                new Section(
                                        "After the visit",
                                        List.of(
                                                "Share hotline numbers discreetly. Respect the patient's choices, and follow your mandatory reporting duties for minors.")))));
    }
}
