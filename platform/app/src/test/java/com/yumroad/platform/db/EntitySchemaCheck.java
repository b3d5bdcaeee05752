package com.yumroad.platform.db;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.PersistentEntityUtils;
import io.micronaut.data.model.PersistentProperty;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares every {@code @MappedEntity} on the classpath, as Micronaut Data maps it at run time, with the live schema:
 * the table, each column's presence, type and nullability, and unmapped columns that would make inserts fail.
 * The {@code alembic check} of this project: answers one line per mismatch, naming the entity and the column.
 */
final class EntitySchemaCheck {

    /** Properties that no column holds: the entity's read queries compute them (and its writes never set them). */
    private static final Set<String> COMPUTED_BY_QUERIES = Set.of("ActivityRow.productRemoved");


    private static final Map<DataType, Set<String>> TYPES = Map.ofEntries(
            Map.entry(DataType.LONG, Set.of("bigint")),
            Map.entry(DataType.INTEGER, Set.of("integer")),
            Map.entry(DataType.SHORT, Set.of("smallint")),
            Map.entry(DataType.STRING, Set.of("character varying", "text", "character")),
            Map.entry(DataType.CHARACTER, Set.of("character")),
            Map.entry(DataType.BOOLEAN, Set.of("boolean")),
            Map.entry(DataType.BIGDECIMAL, Set.of("numeric")),
            Map.entry(DataType.DOUBLE, Set.of("double precision")),
            Map.entry(DataType.FLOAT, Set.of("real")),
            Map.entry(DataType.DATE, Set.of("date")),
            Map.entry(DataType.UUID, Set.of("uuid")),
            Map.entry(DataType.JSON, Set.of("json", "jsonb")),
            Map.entry(DataType.BYTE_ARRAY, Set.of("bytea")),
            Map.entry(DataType.TIMESTAMP, Set.of("timestamp with time zone")));

    private EntitySchemaCheck() {
    }

    static List<BeanIntrospection<Object>> mappedEntities() {
        List<BeanIntrospection<Object>> entities = new ArrayList<>(BeanIntrospector.SHARED.findIntrospections(MappedEntity.class));
        entities.sort(Comparator.comparing(i -> i.getBeanType().getName()));
        return entities;
    }

    static List<String> mismatches(Connection connection) throws SQLException {
        List<String> mismatches = new ArrayList<>();
        for (BeanIntrospection<Object> introspection : mappedEntities()) {
            mismatches.addAll(mismatches(connection, new RuntimePersistentEntity<>(introspection)));
        }
        return mismatches;
    }

    private static List<String> mismatches(Connection connection, RuntimePersistentEntity<Object> entity) throws SQLException {
        String schema = entity.getIntrospection().stringValue(MappedEntity.class, "schema").filter(s -> !s.isBlank())
                .orElse("public");
        String table = entity.getPersistedName();
        String entityName = entity.getIntrospection().getBeanType().getSimpleName();
        Map<String, Column> columns = columns(connection, schema, table);
        if (columns.isEmpty()) {
            return List.of(entityName + ": table " + schema + "." + table + " does not exist");
        }
        List<String> mismatches = new ArrayList<>();
        Set<String> mapped = new HashSet<>();
        // PostgreSQL calls every column of a view nullable: its tables' own entities are checked for that
        boolean view = isView(connection, schema, table);
        PersistentEntityUtils.traversePersistentProperties(entity, true, true, (associations, property) -> {
            String name = entity.getNamingStrategy().mappedName(associations, property);
            mapped.add(name);
            String where = entityName + "." + property.getName() + ": column " + schema + "." + table + "." + name;
            Column column = columns.get(name);
            if (column == null && COMPUTED_BY_QUERIES.contains(entityName + "." + property.getName())) {
                return;
            }
            if (column == null) {
                mismatches.add(where + " does not exist");
                return;
            }
            Set<String> types = expectedTypes(property);
            if (types != null && !types.contains(column.type())) {
                mismatches.add(where + " is " + column.type() + ", the entity needs " + String.join(" or ", types));
            }
            if (!property.isOptional() && column.nullable() && !view) {
                mismatches.add(where + " is nullable, the entity's property is not");
            }
            if (property.isOptional() && !column.nullable() && !column.filledByDatabase()
                    && !property.isGenerated() && !property.isAutoPopulated()) {
                mismatches.add(where + " is NOT NULL without a default, the entity's property is nullable");
            }
        });
        columns.values().stream()
                .filter(c -> !mapped.contains(c.name()) && !c.nullable() && !c.filledByDatabase())
                .forEach(c -> mismatches.add(entityName + ": column " + schema + "." + table + "." + c.name()
                        + " is NOT NULL without a default and not mapped, so inserts fail"));
        return mismatches;
    }

    private static Set<String> expectedTypes(PersistentProperty property) {
        if (property.isEnum()) {
            return Set.of("character varying", "text", "USER-DEFINED");
        }
        if (property.getDataType() == DataType.TIMESTAMP && LocalDateTime.class.getName().equals(property.getTypeName())) {
            return Set.of("timestamp without time zone");
        }
        return TYPES.get(property.getDataType());
    }

    private static boolean isView(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select exists (select 1 from information_schema.views where table_schema = ? and table_name = ?)""")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static Map<String, Column> columns(Connection connection, String schema, String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select column_name, data_type, is_nullable = 'YES', column_default is not null or is_identity = 'YES'
                from information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position""")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
                }
            }
        }
        return columns;
    }

    private record Column(String name, String type, boolean nullable, boolean filledByDatabase) {
    }
}
