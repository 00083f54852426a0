package org.beaconportal.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.beaconportal.compliance.application.CsvImportReport;
import org.beaconportal.compliance.application.GoodsListAdministration;
import org.beaconportal.compliance.domain.GoodsListEdition;
import org.beaconportal.compliance.domain.RowError;
import org.beaconportal.core.application.BusinessRuleException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** Staff import a newer edition of the List of Goods ({@code /admin/compliance/goods}). */
@Named
@ViewScoped
public class GoodsListAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GoodsListAdministration administration;

    private Integer year;
    private List<RowError> rowErrors = List.of();

    public List<GoodsListEdition> getEditions() {
        return administration.editions();
    }

    public void importEdition(FileUploadEvent event) {
        rowErrors = List.of();
        UploadedFile file = event.getFile();
        if (file == null || file.getSize() == 0 || year == null) {
            ComplianceFaces.error("compliance.goods.import.missing");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            CsvImportReport report =
                    administration.importEdition(year, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            rowErrors = report.errors();
            if (report.errors().isEmpty()) {
                ComplianceFaces.info("compliance.goods.import.done", report.imported(), Integer.toString(year));
            } else {
                ComplianceFaces.error(
                        "compliance.goods.import.refused", report.errors().size());
            }
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String rowError(RowError error) {
        return ComplianceFaces.text(
                "compliance.sourcing.csv.rowError", error.row(), ComplianceFaces.text(error.messageKey()));
    }

    public List<RowError> getRowErrors() {
        return rowErrors;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
