package org.beaconportal.core.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** Revision snapshots as JSON text: the field map of {@link org.beaconportal.core.domain.ContentItem#snapshot()}. */
final class ContentSnapshots {

    private static final Type FIELDS = new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {String.class, String.class};
        }

        @Override
        public Type getRawType() {
            return Map.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    };

    private static final Jsonb JSON = JsonbBuilder.create();

    private ContentSnapshots() {}

    static String toJson(Map<String, String> fields) {
        return JSON.toJson(fields);
    }

    static Map<String, String> parse(String json) {
        Map<String, String> fields = JSON.fromJson(json, FIELDS);
        return new LinkedHashMap<>(fields);
    }
}
