package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.compliance.domain.GoodsListEdition;
import org.beaconportal.compliance.domain.ListOfGoodsCsv;
import org.beaconportal.compliance.domain.ListedGood;
import org.beaconportal.compliance.domain.SourcingRepository;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.StaffOnly;

/**
 * Editions of DOL's List of Goods: staff import a newer edition (same columns) with its year; the
 * newest year is what screens use. An edition with any bad row is refused as a whole, so a list
 * is never half imported.
 */
@ApplicationScoped
public class GoodsListAdministration {

    @Inject
    SourcingRepository sourcing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<GoodsListEdition> editions() {
        return sourcing.editions();
    }

    @Transactional
    @StaffOnly
    public CsvImportReport importEdition(int year, String csv) {
        CsvImportReport report = load(year, csv);
        audit.record("compliance.goods.import", "goods-list", Integer.toString(year), report.imported() + " rows");
        return report;
    }

    /** Loads the edition shipped with the module when no edition exists yet. */
    @Transactional
    public void ensureSeeded(int year, String csv) {
        if (sourcing.editions().isEmpty()) {
            load(year, csv);
        }
    }

    private CsvImportReport load(int year, String csv) {
        if (year < 2009 || year > 2100) {
            throw new BusinessRuleException("compliance.goods.import.year");
        }
        if (sourcing.edition(year).isPresent()) {
            throw new BusinessRuleException("compliance.goods.import.exists", Integer.toString(year));
        }
        ListOfGoodsCsv.Parsed parsed = ListOfGoodsCsv.parse(csv);
        if (!parsed.errors().isEmpty()) {
            return new CsvImportReport(0, parsed.errors());
        }
        if (parsed.entries().isEmpty()) {
            throw new BusinessRuleException("compliance.goods.import.empty");
        }
        GoodsListEdition edition = sourcing.save(new GoodsListEdition(
                year, OffsetDateTime.now(clock), parsed.entries().size()));
        sourcing.saveAll(parsed.entries().stream()
                .map(e -> new ListedGood(edition.getId(), e))
                .toList());
        return new CsvImportReport(parsed.entries().size(), List.of());
    }
}
