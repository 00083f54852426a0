package org.beaconportal.resources.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Colorado's 64 counties, the areas an organization may serve; {@link #STATEWIDE} means all of them. */
public final class ColoradoCounties {

    /** An organization that serves the whole state matches every county. */
    public static final String STATEWIDE = "Statewide";

    public static final List<String> ALL = List.of(
            "Adams",
            "Alamosa",
            "Arapahoe",
            "Archuleta",
            "Baca",
            "Bent",
            "Boulder",
            "Broomfield",
            "Chaffee",
            "Cheyenne",
            "Clear Creek",
            "Conejos",
            "Costilla",
            "Crowley",
            "Custer",
            "Delta",
            "Denver",
            "Dolores",
            "Douglas",
            "Eagle",
            "El Paso",
            "Elbert",
            "Fremont",
            "Garfield",
            "Gilpin",
            "Grand",
            "Gunnison",
            "Hinsdale",
            "Huerfano",
            "Jackson",
            "Jefferson",
            "Kiowa",
            "Kit Carson",
            "La Plata",
            "Lake",
            "Larimer",
            "Las Animas",
            "Lincoln",
            "Logan",
            "Mesa",
            "Mineral",
            "Moffat",
            "Montezuma",
            "Montrose",
            "Morgan",
            "Otero",
            "Ouray",
            "Park",
            "Phillips",
            "Pitkin",
            "Prowers",
            "Pueblo",
            "Rio Blanco",
            "Rio Grande",
            "Routt",
            "Saguache",
            "San Juan",
            "San Miguel",
            "Sedgwick",
            "Summit",
            "Teller",
            "Washington",
            "Weld",
            "Yuma");

    private ColoradoCounties() {}

    /** The county's proper spelling for a name in any case, or statewide. */
    public static Optional<String> normalize(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (wanted.endsWith(" county")) {
            wanted = wanted.substring(0, wanted.length() - 7);
        }
        if (wanted.equals(STATEWIDE.toLowerCase(Locale.ROOT))) {
            return Optional.of(STATEWIDE);
        }
        for (String county : ALL) {
            if (county.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(county);
            }
        }
        return Optional.empty();
    }
}
