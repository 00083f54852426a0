package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.TaxonomyRepository;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.Vocabulary;

/**
 * The vocabularies a new portal starts with: topics, regions (Colorado and its parts) and
 * audiences, in English and Spanish. Staff change them freely afterwards; modules refer to the
 * vocabulary keys {@value #TOPICS}, {@value #REGIONS} and {@value #AUDIENCES}.
 */
@ApplicationScoped
public class StarterTaxonomy {

    public static final String TOPICS = "topics";
    public static final String REGIONS = "regions";
    public static final String AUDIENCES = "audiences";

    @Inject
    TaxonomyRepository repository;

    private int position;

    /** Creates the starter vocabularies when there are none. */
    @Transactional
    public void loadIfEmpty() {
        if (!repository.vocabularies().isEmpty()) {
            return;
        }
        Vocabulary topics = vocabulary(TOPICS, "Topics", "Temas", 0);
        term(topics, null, "Understanding trafficking", "Entender la trata");
        Term labour = term(topics, null, "Labour trafficking", "Trata laboral");
        term(topics, labour, "Domestic servitude", "Servidumbre doméstica");
        term(topics, labour, "Agriculture", "Agricultura");
        term(topics, labour, "Supply chains", "Cadenas de suministro");
        Term sex = term(topics, null, "Sex trafficking", "Trata con fines sexuales");
        term(topics, sex, "Minors and youth", "Menores y jóvenes");
        term(topics, null, "Laws and policy", "Leyes y políticas");
        term(topics, null, "Survivor services", "Servicios para sobrevivientes");
        term(topics, null, "Prevention and training", "Prevención y capacitación");
        term(topics, null, "Data and research", "Datos e investigación");

        Vocabulary regions = vocabulary(REGIONS, "Regions", "Regiones", 1);
        Term colorado = term(regions, null, "Colorado", "Colorado");
        term(regions, colorado, "Denver metro", "Área metropolitana de Denver");
        term(regions, colorado, "Northern Colorado", "Norte de Colorado");
        term(regions, colorado, "Pikes Peak region", "Región de Pikes Peak");
        term(regions, colorado, "Southern Colorado", "Sur de Colorado");
        term(regions, colorado, "San Luis Valley", "Valle de San Luis");
        term(regions, colorado, "Western Slope", "Vertiente occidental");
        term(regions, colorado, "Mountain communities", "Comunidades de montaña");
        term(regions, colorado, "Eastern Plains", "Llanuras del este");
        term(regions, null, "United States", "Estados Unidos");
        term(regions, null, "Worldwide", "Todo el mundo");

        Vocabulary audiences = vocabulary(AUDIENCES, "Audiences", "Públicos", 2);
        term(audiences, null, "General public", "Público en general");
        term(audiences, null, "Survivors and families", "Sobrevivientes y familias");
        term(audiences, null, "Service providers", "Proveedores de servicios");
        term(audiences, null, "Businesses", "Empresas");
        term(audiences, null, "Educators and youth workers", "Educadores y personal juvenil");
        term(audiences, null, "Law enforcement", "Fuerzas del orden");
        term(audiences, null, "Health care workers", "Personal de salud");
        repository.flush();
    }

    private Vocabulary vocabulary(String key, String english, String spanish, int position) {
        Vocabulary vocabulary = new Vocabulary(key, english, spanish, position);
        repository.save(vocabulary);
        return vocabulary;
    }

    private Term term(Vocabulary vocabulary, Term parent, String english, String spanish) {
        Term term = new Term(vocabulary, parent, Slug.fromTitle(english).value(), english, spanish, position++);
        repository.save(term);
        return term;
    }
}
