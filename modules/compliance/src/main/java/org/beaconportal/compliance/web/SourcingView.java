package org.beaconportal.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.beaconportal.compliance.application.CsvImportReport;
import org.beaconportal.compliance.application.ScreeningResult;
import org.beaconportal.compliance.application.SourcingService;
import org.beaconportal.compliance.domain.RowError;
import org.beaconportal.compliance.domain.SourcingLine;
import org.beaconportal.core.application.BusinessRuleException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The sourcing risk screen ({@code /company/sourcing}): lines entered by hand or uploaded as CSV,
 * each screened against the List of Goods, and the heat map of goods × countries.
 */
@Named
@ViewScoped
public class SourcingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_CSV_BYTES = 1024 * 1024;

    @Inject
    SourcingService sourcing;

    private String good;
    private String country;
    private int tier = 1;
    private SourcingLine.VolumeBand volumeBand = SourcingLine.VolumeBand.MEDIUM;
    private List<RowError> rowErrors = List.of();
    private transient List<ScreeningResult> results;
    private transient SourcingService.HeatMap heatMap;

    public void add() {
        try {
            sourcing.add(good, country, tier, volumeBand);
            ComplianceFaces.info("compliance.sourcing.added");
            good = null;
            country = null;
            refresh();
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public void upload(FileUploadEvent event) {
        rowErrors = List.of();
        UploadedFile csvFile = event.getFile();
        if (csvFile == null || csvFile.getSize() == 0) {
            ComplianceFaces.error("compliance.sourcing.csv.missing");
            return;
        }
        if (csvFile.getSize() > MAX_CSV_BYTES) {
            ComplianceFaces.error("compliance.sourcing.csv.tooLarge");
            return;
        }
        String text;
        try (InputStream in = csvFile.getInputStream()) {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            ComplianceFaces.error("compliance.sourcing.csv.encoding");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvImportReport report = sourcing.importCsv(text);
        rowErrors = report.errors();
        if (report.errors().isEmpty()) {
            ComplianceFaces.info("compliance.sourcing.csv.imported", report.imported());
        } else {
            ComplianceFaces.error(
                    "compliance.sourcing.csv.partly",
                    report.imported(),
                    report.errors().size());
        }
        refresh();
    }

    public void remove(long lineId) {
        sourcing.remove(lineId);
        ComplianceFaces.info("compliance.sourcing.removed");
        refresh();
    }

    private void refresh() {
        results = null;
        heatMap = null;
    }

    public List<ScreeningResult> getResults() {
        if (results == null) {
            results = sourcing.screen();
        }
        return results;
    }

    public SourcingService.HeatMap getHeatMap() {
        if (heatMap == null) {
            heatMap = SourcingService.heatMap(getResults());
        }
        return heatMap;
    }

    public int getEditionYear() {
        return sourcing.editionYear();
    }

    public String rowError(RowError error) {
        return ComplianceFaces.text(
                "compliance.sourcing.csv.rowError", error.row(), ComplianceFaces.text(error.messageKey()));
    }

    public List<RowError> getRowErrors() {
        return rowErrors;
    }

    public List<SourcingLine.VolumeBand> getVolumeBands() {
        return List.of(SourcingLine.VolumeBand.values());
    }

    public List<Integer> getTiers() {
        return List.of(1, 2, 3, 4);
    }

    public String getGood() {
        return good;
    }

    public void setGood(String good) {
        this.good = good;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public int getTier() {
        return tier;
    }

    public void setTier(int tier) {
        this.tier = tier;
    }

    public SourcingLine.VolumeBand getVolumeBand() {
        return volumeBand;
    }

    public void setVolumeBand(SourcingLine.VolumeBand volumeBand) {
        this.volumeBand = volumeBand;
    }
}
