package org.beaconportal.core.infrastructure;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads a {@code timestamp with time zone} from a native query, whatever type the driver gave. */
public final class DatabaseTimes {

    private DatabaseTimes() {}

    public static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException(
                "Not a time: " + (value == null ? "null" : value.getClass().getName()));
    }
}
