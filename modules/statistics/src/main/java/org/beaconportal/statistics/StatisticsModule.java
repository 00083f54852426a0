package org.beaconportal.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.HomeWidget;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;
import org.beaconportal.core.spi.SearchContribution;
import org.beaconportal.core.spi.SeedContext;
import org.beaconportal.statistics.application.DatasetSearch;
import org.beaconportal.statistics.application.StatisticsDemoData;

/** Descriptor of the statistics module: what it is called, where it lives and what it contributes. */
@ApplicationScoped
public class StatisticsModule implements PortalModule {

    public static final String ID = "statistics";

    @Inject
    StatisticsDemoData demoData;

    @Inject
    DatasetSearch datasetSearch;

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "0.1.0", "statistics.module.name", CoreSpi.VERSION, Set.of(), "/statistics");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("statistics.nav", "/statistics", 50));
    }

    @Override
    public List<HomeWidget> homeWidgets() {
        return List.of(
                new HomeWidget("key-figures", "/statistics/widgets/key-figures.xhtml", 30, HomeWidget.Width.FULL));
    }

    @Override
    public List<NavigationEntry> staffNavigation() {
        return List.of(new NavigationEntry("statistics.staff.nav", "/admin/statistics", 50));
    }

    @Override
    public SearchContribution search() {
        return datasetSearch::documents;
    }

    @Override
    public void seed(SeedContext context) {
        demoData.load();
    }
}
