package org.beaconportal.core.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copies the rows of the portal's tables out of and into a database as JSON lines, one file per
 * table, in a form that does not depend on the database: H2 to H2, H2 to PostgreSQL and back.
 *
 * <p>Tables are found from the connection's metadata (every table of the current schema but
 * Flyway's history tables and the search index's, which is rebuilt after a restore), ordered so that referenced tables come first; values are written by
 * their JDBC type (timestamps as ISO-8601 text, binary as Base64) and read back by the target
 * column's type. A table that refers to itself is loaded with those columns empty first and
 * completed afterwards, so row order does not matter.
 *
 * <pre>{@code
 * TableSnapshot tables = TableSnapshot.of(connection);
 * try (Writer out = ...) { tables.export(connection, "core_term", out); }
 * tables.clearAll(connection);
 * tables.load(connection, "core_term", new BufferedReader(...));
 * }</pre>
 */
public final class TableSnapshot {

    /** Table name prefix of Flyway's history tables, which belong to the target's own migrations. */
    static final String HISTORY_PREFIX = "schema_history_";

    /**
     * Tables of runtime state, not data: which node runs which job and when each job last ran, the
     * logins and HTTP sessions of a cluster, the search index of a cluster (rebuilt after a
     * restore). Never backed up, never cleared by a restore: the restored portal keeps its own.
     */
    public static final Set<String> RUNTIME_TABLES = Set.of(
            "core_job_lease",
            "core_job_watermark",
            "core_login_token",
            "core_http_session",
            "core_search_document",
            "core_search_term");

    private final List<String> tables;
    private final Map<String, List<ForeignKey>> foreignKeys;
    private final Map<String, List<String>> primaryKeys;

    /** A column that refers to a column of another (or the same) table. */
    record ForeignKey(String column, String referencedTable, String referencedColumn) {}

    private TableSnapshot(
            List<String> tables, Map<String, List<ForeignKey>> foreignKeys, Map<String, List<String>> primaryKeys) {
        this.tables = tables;
        this.foreignKeys = foreignKeys;
        this.primaryKeys = primaryKeys;
    }

    /** Reads the schema's tables and their keys. */
    public static TableSnapshot of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith(HISTORY_PREFIX) && !RUNTIME_TABLES.contains(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
        Map<String, List<String>> primaryKeys = new HashMap<>();
        for (String table : names) {
            List<ForeignKey> keys = new ArrayList<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    keys.add(new ForeignKey(
                            rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                }
            }
            foreignKeys.put(table, keys);
            Map<Integer, String> pk = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
                while (rs.next()) {
                    pk.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            primaryKeys.put(table, List.copyOf(pk.values()));
        }
        return new TableSnapshot(dependencyOrder(names, foreignKeys), foreignKeys, primaryKeys);
    }

    /** Tables with the ones they refer to first (references to themselves do not count). */
    static List<String> dependencyOrder(Set<String> names, Map<String, List<ForeignKey>> foreignKeys) {
        List<String> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String table : new java.util.TreeSet<>(names)) {
            visit(table, names, foreignKeys, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(
            String table,
            Set<String> names,
            Map<String, List<ForeignKey>> foreignKeys,
            Set<String> done,
            Set<String> visiting,
            List<String> ordered) {
        if (done.contains(table) || !names.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new IllegalStateException("Tables refer to each other in a cycle: " + visiting);
        }
        for (ForeignKey key : foreignKeys.getOrDefault(table, List.of())) {
            if (!key.referencedTable().equals(table)) {
                visit(key.referencedTable(), names, foreignKeys, done, visiting, ordered);
            }
        }
        visiting.remove(table);
        done.add(table);
        ordered.add(table);
    }

    /** The tables, referenced ones first. */
    public List<String> tables() {
        return tables;
    }

    /** Writes every row of a table as one JSON object per line; returns the number of rows. */
    public long export(Connection connection, String table, Writer out) throws SQLException, IOException {
        requireKnown(table);
        List<String> order = primaryKeys.getOrDefault(table, List.of());
        String sql = "select * from " + table + (order.isEmpty() ? "" : " order by " + String.join(", ", order));
        long rows = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                JsonObjectBuilder row = Json.createObjectBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    row.add(column, read(rs, i, jdbcType(meta.getColumnType(i), meta.getColumnTypeName(i))));
                }
                out.write(row.build().toString());
                out.write('\n');
                rows++;
            }
        }
        return rows;
    }

    /**
     * The column's JDBC type, with PostgreSQL's {@code timestamptz} (which its driver reports as a
     * plain {@code TIMESTAMP}) counted as {@code TIMESTAMP_WITH_TIMEZONE}, so the offset is kept.
     */
    static int jdbcType(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (type == Types.TIMESTAMP && (name.equals("timestamptz") || name.contains("with time zone"))) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        return type;
    }

    private static JsonValue read(ResultSet rs, int i, int type) throws SQLException {
        Object value =
                switch (type) {
                    case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
                    case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
                    case Types.DATE -> rs.getObject(i, LocalDate.class);
                    case Types.TIME -> rs.getObject(i, LocalTime.class);
                    case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(i);
                    case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getObject(i) == null
                            ? null
                            : rs.getLong(i);
                    case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(i);
                    case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getObject(i) == null ? null : rs.getDouble(i);
                    case Types.BOOLEAN, Types.BIT -> rs.getObject(i) == null ? null : rs.getBoolean(i);
                    default -> rs.getString(i);
                };
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof byte[] bytes) {
            return Json.createValue(Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Long number) {
            return Json.createValue(number);
        }
        if (value instanceof Double number) {
            return Json.createValue(number);
        }
        if (value instanceof BigDecimal number) {
            return Json.createValue(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return Json.createValue(value.toString());
    }

    /** Deletes every row of every table, referring tables first. */
    public void clearAll(Connection connection) throws SQLException {
        List<String> reversed = new ArrayList<>(tables);
        java.util.Collections.reverse(reversed);
        try (Statement statement = connection.createStatement()) {
            for (String table : reversed) {
                for (ForeignKey key : selfReferences(table)) {
                    statement.executeUpdate("update " + table + " set " + key.column() + " = null");
                }
                statement.executeUpdate("delete from " + table);
            }
        }
    }

    /** Inserts the rows of one table from JSON lines; returns the number of rows. */
    public long load(Connection connection, String table, BufferedReader in) throws SQLException, IOException {
        requireKnown(table);
        Map<String, Integer> types = columnTypes(connection, table);
        List<ForeignKey> selfKeys = selfReferences(table);
        Set<String> deferred = new LinkedHashSet<>();
        selfKeys.forEach(k -> deferred.add(k.column()));
        List<String> columns = new ArrayList<>(types.keySet());
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        Deque<JsonObject> toComplete = new ArrayDeque<>();
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject row = Json.createReader(new StringReader(line)).readObject();
                for (String column : row.keySet()) {
                    if (!types.containsKey(column)) {
                        throw new IllegalArgumentException("Column " + table + "." + column
                                + " of the backup does not exist here: the schemas differ");
                    }
                }
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    JsonValue value = deferred.contains(column) ? JsonValue.NULL : row.get(column);
                    bind(statement, i + 1, types.get(column), value);
                }
                statement.addBatch();
                if (!deferred.isEmpty()) {
                    toComplete.add(row);
                }
                if (++rows % 500 == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
        completeSelfReferences(connection, table, types, deferred, toComplete);
        return rows;
    }

    private void completeSelfReferences(
            Connection connection,
            String table,
            Map<String, Integer> types,
            Set<String> deferred,
            Deque<JsonObject> rows)
            throws SQLException {
        if (deferred.isEmpty() || rows.isEmpty()) {
            return;
        }
        List<String> keys = primaryKeys.get(table);
        if (keys == null || keys.isEmpty()) {
            throw new IllegalStateException("Table " + table + " refers to itself but has no primary key");
        }
        String update = "update " + table + " set "
                + String.join(", ", deferred.stream().map(c -> c + " = ?").toList()) + " where "
                + String.join(" and ", keys.stream().map(c -> c + " = ?").toList());
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (JsonObject row : rows) {
                int i = 1;
                for (String column : deferred) {
                    bind(statement, i++, types.get(column), row.get(column));
                }
                for (String key : keys) {
                    bind(statement, i++, types.get(key), row.get(key));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private List<ForeignKey> selfReferences(String table) {
        return foreignKeys.getOrDefault(table, List.of()).stream()
                .filter(k -> k.referencedTable().equals(table))
                .toList();
    }

    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(
                        meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
                        jdbcType(meta.getColumnType(i), meta.getColumnTypeName(i)));
            }
        }
        return types;
    }

    private static void bind(PreparedStatement statement, int index, int type, JsonValue value) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            statement.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, OffsetDateTime.parse(text(value)));
            case Types.TIMESTAMP -> statement.setObject(index, localTime(text(value)));
            case Types.DATE -> statement.setObject(index, LocalDate.parse(text(value)));
            case Types.TIME -> statement.setObject(index, LocalTime.parse(text(value)));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> statement.setBytes(
                    index, Base64.getDecoder().decode(text(value)));
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setLong(
                    index, ((JsonNumber) value).longValueExact());
            case Types.NUMERIC, Types.DECIMAL -> statement.setBigDecimal(index, ((JsonNumber) value).bigDecimalValue());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setDouble(
                    index, ((JsonNumber) value).doubleValue());
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, value == JsonValue.TRUE);
            default -> statement.setString(index, text(value));
        }
    }

    /** A time without zone; a value written with an offset (from a zoned column) is taken as UTC. */
    private static LocalDateTime localTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return OffsetDateTime.parse(text)
                    .atZoneSameInstant(java.time.ZoneOffset.UTC)
                    .toLocalDateTime();
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private void requireKnown(String table) {
        if (!tables.contains(table)) {
            throw new IllegalArgumentException("Unknown table " + table);
        }
    }
}
