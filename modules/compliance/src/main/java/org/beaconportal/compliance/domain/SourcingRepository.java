package org.beaconportal.compliance.domain;

import java.util.List;
import java.util.Optional;

/** Stored editions of the List of Goods and the companies' sourcing lines. */
public interface SourcingRepository {

    Optional<GoodsListEdition> newestEdition();

    Optional<GoodsListEdition> edition(int year);

    List<GoodsListEdition> editions();

    GoodsListEdition save(GoodsListEdition edition);

    void saveAll(List<ListedGood> goods);

    List<ListEntry> entries(long editionId);

    SourcingLine save(SourcingLine line);

    Optional<SourcingLine> line(long id);

    List<SourcingLine> lines(long companyId);

    List<SourcingLine> allLines();

    void remove(SourcingLine line);
}
