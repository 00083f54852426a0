package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.beaconportal.compliance.domain.GoodsListEdition;
import org.beaconportal.compliance.domain.GoodsMatcher;
import org.beaconportal.compliance.domain.SourcingCsv;
import org.beaconportal.compliance.domain.SourcingLine;
import org.beaconportal.compliance.domain.SourcingRepository;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.BusinessRuleException;

/**
 * A company's sourcing list and its screen against the newest edition of DOL's List of Goods.
 * Every method works on the caller's company only.
 */
@ApplicationScoped
public class SourcingService {

    /** Goods × countries with the heat (0–3) of each cell that the company sources. */
    public record HeatMap(List<String> goods, List<String> countries, Map<String, Integer> cells) {

        public Integer cell(String good, String country) {
            return cells.get(good + "\u0000" + country);
        }
    }

    @Inject
    SourcingRepository sourcing;

    @Inject
    CompanyAccess access;

    @Inject
    Clock clock;

    @Transactional
    public SourcingLine add(String good, String country, int tier, SourcingLine.VolumeBand band) {
        try {
            return sourcing.save(
                    new SourcingLine(access.companyId(), good, country, tier, band, OffsetDateTime.now(clock)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleException("compliance.sourcing.invalid");
        }
    }

    /** Keeps the good rows of an uploaded CSV and reports the bad ones by row number. */
    @Transactional
    public CsvImportReport importCsv(String text) {
        long companyId = access.companyId();
        SourcingCsv.Parsed parsed = SourcingCsv.parse(text);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (SourcingCsv.Row row : parsed.rows()) {
            sourcing.save(new SourcingLine(companyId, row.good(), row.country(), row.tier(), row.volumeBand(), now));
        }
        return new CsvImportReport(parsed.rows().size(), parsed.errors());
    }

    @Transactional
    public void remove(long lineId) {
        SourcingLine line = sourcing.line(lineId).orElseThrow(() -> new AccessDeniedException("No such line"));
        access.requireOwn(line.getCompanyId());
        sourcing.remove(line);
    }

    /** The caller's lines, each screened. */
    @Transactional
    public List<ScreeningResult> screen() {
        return screen(sourcing.lines(access.companyId()));
    }

    /** The edition year screens use, or 0 when no list was imported. */
    @Transactional
    public int editionYear() {
        return sourcing.newestEdition().map(GoodsListEdition::getYear).orElse(0);
    }

    List<ScreeningResult> screen(List<SourcingLine> lines) {
        GoodsListEdition edition = sourcing.newestEdition().orElse(null);
        if (edition == null) {
            return lines.stream().map(l -> new ScreeningResult(l, null, 0)).toList();
        }
        GoodsMatcher matcher = new GoodsMatcher(sourcing.entries(edition.getId()));
        return lines.stream()
                .map(l -> new ScreeningResult(
                        l, matcher.match(l.getGood(), l.getCountry()).orElse(null), edition.getYear()))
                .toList();
    }

    /** The caller's exposure as goods × countries, using the listed names when a line matched. */
    @Transactional
    public HeatMap heatMap() {
        return heatMap(screen());
    }

    public static HeatMap heatMap(List<ScreeningResult> results) {
        TreeSet<String> goods = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> countries = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Integer> cells = new TreeMap<>();
        for (ScreeningResult r : results) {
            String good = r.isListed() ? r.match().good() : r.line().getGood();
            String country = r.isListed() ? r.match().country() : r.line().getCountry();
            goods.add(good);
            countries.add(country);
            cells.merge(good + "\u0000" + country, r.severity(), Math::max);
        }
        return new HeatMap(List.copyOf(goods), List.copyOf(countries), cells);
    }
}
