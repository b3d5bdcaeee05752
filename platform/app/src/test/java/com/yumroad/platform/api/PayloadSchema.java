package com.yumroad.platform.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a JSON value against a schema of the OpenAPI document, as far as the webhook payload schemas use the
 * language: objects with exactly their properties (all required, nothing else), integers, strings, date-times,
 * enums, $ref. Answers what disagrees; nothing when it fits.
 */
final class PayloadSchema {

    private final Map<String, Object> schemas;

    @SuppressWarnings("unchecked")
    PayloadSchema(Map<String, Object> document) {
        this.schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
    }

    boolean has(String name) {
        return schemas.containsKey(name);
    }

    List<String> problems(String schemaName, Object value) {
        List<String> problems = new ArrayList<>();
        check(schemaName, named(schemaName), value, problems);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> named(String name) {
        Map<String, Object> schema = (Map<String, Object>) schemas.get(name);
        if (schema == null) {
            throw new AssertionError("No schema " + name + " in the document");
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private void check(String at, Map<String, Object> schema, Object value, List<String> problems) {
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            check(at, named(ref.substring(ref.lastIndexOf('/') + 1)), value, problems);
            return;
        }
        String type = (String) schema.get("type");
        switch (type) {
            case "object" -> {
                if (!(value instanceof Map<?, ?> object)) {
                    problems.add(at + ": not an object: " + value);
                    return;
                }
                Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
                var documented = new TreeSet<>(properties.keySet());
                var sent = new TreeSet<>((java.util.Set<String>) object.keySet());
                if (!documented.equals(sent)) {
                    problems.add(at + ": sent " + sent + ", documented " + documented);
                }
                if (!new TreeSet<>((List<String>) schema.get("required")).equals(documented)
                        || !Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                    problems.add(at + ": the schema should require all its properties and allow no others");
                }
                properties.forEach((name, property) -> {
                    if (object.containsKey(name)) {
                        check(at + "." + name, (Map<String, Object>) property, object.get(name), problems);
                    }
                });
            }
            case "integer" -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    problems.add(at + ": not an integer: " + value);
                }
            }
            case "string" -> {
                if (!(value instanceof String text)) {
                    problems.add(at + ": not a string: " + value);
                    return;
                }
                if ("date-time".equals(schema.get("format"))) {
                    try {
                        Instant.parse(text);
                    } catch (RuntimeException e) {
                        problems.add(at + ": not a date-time: " + text);
                    }
                }
                if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(text)) {
                    problems.add(at + ": " + text + " is not one of " + schema.get("enum"));
                }
            }
            default -> problems.add(at + ": type " + type + " is not checked here");
        }
    }
}
