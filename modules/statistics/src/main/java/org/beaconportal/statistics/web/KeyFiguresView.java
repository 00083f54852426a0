package org.beaconportal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.Figure;
import org.beaconportal.statistics.application.PublicDataset;
import org.beaconportal.statistics.application.StatisticsDemoData;
import org.beaconportal.statistics.application.StatisticsTexts;
import org.beaconportal.statistics.application.Terms;

/**
 * The key-figure cards of the home widget and the {@code /statistics} overview: the total of
 * people in forced labour and its breakdown by form, read from the ILO dataset in the database.
 */
@Named
@RequestScoped
public class KeyFiguresView {

    /** One card: the figure as shown and what it counts. */
    public record Card(String value, String label) {

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    static final String SERIES = "people_in_forced_labour";

    @Inject
    DatasetService datasets;

    @Inject
    PageLanguage language;

    private Optional<PublicDataset> dataset = Optional.empty();
    private boolean loaded;

    private Optional<PublicDataset> dataset() {
        if (!loaded) {
            dataset = datasets.find(StatisticsDemoData.ILO);
            loaded = true;
        }
        return dataset;
    }

    public boolean isAvailable() {
        return dataset().isPresent() && !getCards().isEmpty();
    }

    public List<Card> getCards() {
        Locale locale = language.getLocale();
        List<Card> cards = new ArrayList<>();
        dataset().ifPresent(d -> {
            d.figure(SERIES, "total", "all")
                    .ifPresent(f -> cards.add(new Card(
                            amount(f, locale), StatisticsTexts.text(locale, "statistics.figures.forcedLabour"))));
            d.figures(SERIES, "form")
                    .forEach(f -> cards.add(new Card(amount(f, locale), Terms.label(f.category(), locale))));
        });
        return cards;
    }

    /** The dataset's citation. */
    public String getCitation() {
        return dataset().map(PublicDataset::citation).orElse("");
    }

    /** The dataset's title in the page's language. */
    public String getTitle() {
        return dataset().map(d -> d.title(language.getCode())).orElse("");
    }

    /** Link to the dataset's page. */
    public String getLink() {
        return language.link("/statistics/" + StatisticsDemoData.ILO);
    }

    /** "27.6 million" for figures in millions, else the number and its unit. */
    static String amount(Figure figure, Locale locale) {
        if ("million people".equals(figure.unit()) && !figure.isSuppressed()) {
            return StatisticsTexts.text(locale, "statistics.figures.millions", figure.display(locale));
        }
        return figure.display(locale) + " " + Terms.label(figure.unit(), locale);
    }
}
