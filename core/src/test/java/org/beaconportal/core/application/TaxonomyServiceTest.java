package org.beaconportal.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.Vocabulary;
import org.junit.jupiter.api.Test;

class TaxonomyServiceTest {

    @Test
    void depthFirstOrderPutsEveryParentRightBeforeItsChildren() {
        Vocabulary regions = new Vocabulary("regions", "Regions", "Regiones", 0);
        Term colorado = new Term(regions, null, "colorado", "Colorado", "Colorado", 0);
        Term worldwide = new Term(regions, null, "worldwide", "Worldwide", "Todo el mundo", 1);
        Term denver = new Term(regions, colorado, "denver-metro", "Denver metro", "Área de Denver", 2);
        Term boulder = new Term(regions, colorado, "boulder", "Boulder", "Boulder", 3);
        Term aurora = new Term(regions, denver, "aurora", "Aurora", "Aurora", 4);

        List<String> order = TaxonomyService.depthFirst(List.of(colorado, worldwide, denver, boulder, aurora)).stream()
                .map(n -> n.indentedLabel("es"))
                .toList();

        assertEquals(List.of("Colorado", "— Área de Denver", "— — Aurora", "— Boulder", "Todo el mundo"), order);
    }
}
