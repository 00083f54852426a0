package org.beaconportal.compliance.application;

import java.util.List;

/**
 * Demo guidance for the eight steps of a social compliance system, written for Beacon after the
 * structure of the U.S. Department of Labor's Comply Chain (ILAB). Staff replace or extend it.
 */
final class GuidanceSeed {

    /** One step's texts in one language. */
    record Text(
            int step, String lang, String title, String summary, String objectives, String keyTerms, String topics) {}

    static final String RESOURCES_EN =
            """
            - U.S. Department of Labor, Bureau of International Labor Affairs: *Comply Chain: Business Tools for \
            Labor Compliance in Global Supply Chains*, <https://www.dol.gov/general/apps/ilab-comply-chain>
            - U.S. Department of Labor, ILAB: *List of Goods Produced by Child Labor or Forced Labor* (2022 edition), \
            <https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods>
            """;

    static final String RESOURCES_ES =
            """
            - Departamento de Trabajo de EE. UU., Oficina de Asuntos Laborales Internacionales (ILAB): *Comply Chain* \
            (en inglés), <https://www.dol.gov/general/apps/ilab-comply-chain>
            - Departamento de Trabajo de EE. UU., ILAB: *Lista de bienes producidos con trabajo infantil o trabajo \
            forzoso* (edición 2022, en inglés), <https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods>
            """;

    static final List<Text> TEXTS = List.of(
            new Text(
                    1,
                    "en",
                    "Engage stakeholders and partners",
                    "Bring in the people who know your supply chain and the people affected by it before you design anything.",
                    "- Know who has a stake: workers, suppliers, unions, community groups, buyers and investors.\n"
                            + "- Set up a regular, safe way to hear from them.",
                    "- **Stakeholder**: anyone who affects or is affected by how your goods are made.\n"
                            + "- **Worker voice**: ways for workers to raise concerns without fear of retaliation.",
                    "**Mapping who matters.** List the groups at each tier of your supply chain. *Good practice:* a "
                            + "mid-sized apparel buyer met a local labour NGO in each sourcing country once a year and "
                            + "shared what it learned with its suppliers."),
            new Text(
                    1,
                    "es",
                    "Involucrar a las partes interesadas y a los socios",
                    "Antes de diseñar nada, incorpore a quienes conocen su cadena de suministro y a quienes se ven afectados por ella.",
                    "- Saber quién tiene interés: trabajadores, proveedores, sindicatos, organizaciones comunitarias, compradores e inversionistas.\n"
                            + "- Crear una vía regular y segura para escucharlos.",
                    "- **Parte interesada**: quien influye en cómo se producen sus bienes o se ve afectado por ello.\n"
                            + "- **Voz de los trabajadores**: medios para plantear problemas sin miedo a represalias.",
                    "**Identificar a quién importa.** Enumere los grupos en cada nivel de su cadena. *Buena práctica:* "
                            + "un comprador mediano de ropa se reunió una vez al año con una ONG laboral local en cada país "
                            + "de origen y compartió lo aprendido con sus proveedores."),
            new Text(
                    2,
                    "en",
                    "Assess risks and impacts",
                    "Find out where child labour and forced labour are most likely in what you buy, and how severe the harm would be.",
                    "- Map your suppliers and the origin of your raw materials.\n- Rank risks by likelihood and severity.",
                    "- **Risk assessment**: a structured look at where harm to workers may occur.\n"
                            + "- **Tier**: how far a supplier is from you (tier 1 sells to you directly).",
                    "**Use public lists.** Screen goods and countries against DOL's List of Goods (Beacon's sourcing "
                            + "screen does this). *Good practice:* a food company repeated its screen every year when a new "
                            + "edition of the list appeared."),
            new Text(
                    2,
                    "es",
                    "Evaluar riesgos e impactos",
                    "Averigüe dónde es más probable el trabajo infantil y forzoso en lo que compra, y qué tan grave sería el daño.",
                    "- Mapear a sus proveedores y el origen de sus materias primas.\n- Ordenar los riesgos por probabilidad y gravedad.",
                    "- **Evaluación de riesgos**: revisión estructurada de dónde puede producirse daño a los trabajadores.\n"
                            + "- **Nivel**: distancia del proveedor respecto a usted (el nivel 1 le vende directamente).",
                    "**Use listas públicas.** Contraste bienes y países con la Lista de bienes del DOL (la revisión de "
                            + "abastecimiento de Beacon lo hace). *Buena práctica:* una empresa de alimentos repitió la revisión "
                            + "cada año al publicarse una nueva edición."),
            new Text(
                    3,
                    "en",
                    "Develop a code of conduct",
                    "Write down the labour standards you expect from yourself and your suppliers, in plain words.",
                    "- Adopt a code that bans child labour and forced labour explicitly.\n- Make it part of supplier contracts.",
                    "- **Code of conduct**: the written standards suppliers agree to meet.\n"
                            + "- **Recruitment fees**: charges to workers for getting a job; a common path to debt bondage.",
                    "**Cover recruitment.** Say who pays recruitment costs (the employer). *Good practice:* an electronics "
                            + "brand added an \"employer pays\" clause and reimbursed fees found in audits."),
            new Text(
                    3,
                    "es",
                    "Elaborar un código de conducta",
                    "Ponga por escrito, con palabras sencillas, las normas laborales que espera de su empresa y de sus proveedores.",
                    "- Adoptar un código que prohíba expresamente el trabajo infantil y el forzoso.\n- Incluirlo en los contratos con proveedores.",
                    "- **Código de conducta**: normas escritas que los proveedores se comprometen a cumplir.\n"
                            + "- **Tarifas de contratación**: cobros a trabajadores por obtener empleo; vía frecuente a la servidumbre por deudas.",
                    "**Incluya la contratación.** Indique quién paga los costos de contratación (el empleador). *Buena "
                            + "práctica:* una marca de electrónica añadió la cláusula \"paga el empleador\" y reembolsó las "
                            + "tarifas detectadas en auditorías."),
            new Text(
                    4,
                    "en",
                    "Communicate and train across your supply chain",
                    "A code only works when buyers, suppliers and workers know it and know how to act on it.",
                    "- Train your own buyers and your suppliers' managers.\n- Reach workers in their languages.",
                    "- **Cascading**: suppliers passing your requirements on to their own suppliers.\n"
                            + "- **Indicators of forced labour**: signs such as withheld documents or unpaid wages.",
                    "**Train with examples.** Use real indicators, not abstract rules. *Good practice:* a retailer "
                            + "gave suppliers short illustrated guides in the workers' languages."),
            new Text(
                    4,
                    "es",
                    "Comunicar y capacitar en toda la cadena de suministro",
                    "Un código solo funciona si compradores, proveedores y trabajadores lo conocen y saben cómo actuar.",
                    "- Capacitar a sus compradores y a los gerentes de sus proveedores.\n- Llegar a los trabajadores en sus idiomas.",
                    "- **Cascada**: proveedores que trasladan sus requisitos a sus propios proveedores.\n"
                            + "- **Indicadores de trabajo forzoso**: señales como documentos retenidos o salarios impagos.",
                    "**Capacite con ejemplos.** Use indicadores reales, no reglas abstractas. *Buena práctica:* un "
                            + "minorista entregó a sus proveedores guías ilustradas breves en los idiomas de los trabajadores."),
            new Text(
                    5,
                    "en",
                    "Monitor compliance",
                    "Check regularly whether the code is followed, with more than one source of information.",
                    "- Combine audits, worker interviews and grievance data.\n- Focus monitoring where risk is highest.",
                    "- **Social audit**: an on-site check of working conditions.\n"
                            + "- **Grievance mechanism**: a channel for complaints that leads to a response.",
                    "**Hear workers directly.** Interview workers away from managers. *Good practice:* a seafood "
                            + "importer added an anonymous phone line run by a third party."),
            new Text(
                    5,
                    "es",
                    "Supervisar el cumplimiento",
                    "Compruebe con regularidad si se cumple el código, con más de una fuente de información.",
                    "- Combinar auditorías, entrevistas a trabajadores y datos de quejas.\n- Concentrar la supervisión donde el riesgo es mayor.",
                    "- **Auditoría social**: verificación en el lugar de las condiciones de trabajo.\n"
                            + "- **Mecanismo de quejas**: canal para reclamos que conduce a una respuesta.",
                    "**Escuche directamente a los trabajadores.** Entrevístelos lejos de los gerentes. *Buena práctica:* "
                            + "un importador de pescado añadió una línea telefónica anónima gestionada por un tercero."),
            new Text(
                    6,
                    "en",
                    "Remediate violations",
                    "When you find a problem, put the affected workers first and fix the cause, not only the symptom.",
                    "- Have a remediation plan before you need one.\n- Work with suppliers rather than leaving at once.",
                    "- **Remediation**: making good the harm, e.g. repaying fees or returning documents.\n"
                            + "- **Root cause**: what made the violation possible in the first place.",
                    "**Protect children found at work.** Move them to school with income support for the family. "
                            + "*Good practice:* a cocoa buyer funded schooling and paid the family the lost wage."),
            new Text(
                    6,
                    "es",
                    "Remediar las infracciones",
                    "Cuando detecte un problema, ponga primero a los trabajadores afectados y corrija la causa, no solo el síntoma.",
                    "- Tener un plan de remediación antes de necesitarlo.\n- Trabajar con los proveedores en lugar de abandonarlos de inmediato.",
                    "- **Remediación**: reparar el daño, p. ej. devolver tarifas o documentos.\n"
                            + "- **Causa raíz**: lo que hizo posible la infracción.",
                    "**Proteja a los niños que encuentre trabajando.** Llévelos a la escuela con apoyo de ingresos para "
                            + "la familia. *Buena práctica:* un comprador de cacao financió la escolaridad y pagó a la familia "
                            + "el salario perdido."),
            new Text(
                    7,
                    "en",
                    "Independent review",
                    "Let someone outside your company check that your system works as described.",
                    "- Choose reviewers with labour expertise and independence.\n- Act on what they find.",
                    "- **Independent review**: an assessment by a party with no stake in the result.\n"
                            + "- **Verification**: confirming that reported facts are true.",
                    "**Review the system, not only factories.** *Good practice:* a manufacturer asked a university "
                            + "team to review its grievance data every two years."),
            new Text(
                    7,
                    "es",
                    "Revisión independiente",
                    "Permita que alguien ajeno a su empresa compruebe que su sistema funciona como se describe.",
                    "- Elegir revisores con experiencia laboral e independencia.\n- Actuar según sus hallazgos.",
                    "- **Revisión independiente**: evaluación realizada por alguien sin interés en el resultado.\n"
                            + "- **Verificación**: confirmar que los hechos informados son ciertos.",
                    "**Revise el sistema, no solo las fábricas.** *Buena práctica:* un fabricante pidió a un equipo "
                            + "universitario revisar sus datos de quejas cada dos años."),
            new Text(
                    8,
                    "en",
                    "Report performance and engagement",
                    "Tell the public what you found and what you did, including what went wrong.",
                    "- Publish a yearly report with your risks, actions and results.\n- Include the numbers, not only stories.",
                    "- **Transparency**: sharing information that lets others judge your performance.\n"
                            + "- **Key performance indicator**: a figure you track over time.",
                    "**Report honestly.** *Good practice:* a brand published its supplier list and the number of "
                            + "workers reimbursed for recruitment fees."),
            new Text(
                    8,
                    "es",
                    "Informar sobre desempeño y participación",
                    "Cuente públicamente lo que encontró y lo que hizo, incluido lo que salió mal.",
                    "- Publicar un informe anual con riesgos, acciones y resultados.\n- Incluir cifras, no solo historias.",
                    "- **Transparencia**: compartir información que permita a otros juzgar su desempeño.\n"
                            + "- **Indicador clave de desempeño**: una cifra que se sigue a lo largo del tiempo.",
                    "**Informe con honestidad.** *Buena práctica:* una marca publicó su lista de proveedores y el número "
                            + "de trabajadores a quienes se reembolsaron tarifas de contratación."));

    private GuidanceSeed() {}
}
