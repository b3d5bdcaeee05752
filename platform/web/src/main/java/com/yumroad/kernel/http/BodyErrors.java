package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.json.NotAWholeNumberException;
import com.yumroad.kernel.json.WrongJsonTypeException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong reading a JSON body, in the client's words: the field as they wrote it ("priceCents",
 * "tags[2]"), a status (422 for a number that is not whole, 400 for anything else) and a message without the
 * parser's internals (class names, source positions).
 */
record BodyErrors(int status, String detail, List<FieldError> fields) {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    static BodyErrors of(Throwable error) {
        Optional<String> duplicate = duplicateKey(error);
        if (duplicate.isPresent()) {
            String field = duplicate.get();
            return new BodyErrors(400, "The body names a field twice",
                    List.of(new FieldError(field, field + " appears more than once")));
        }
        Optional<SerdeException> serde = find(error, SerdeException.class);
        if (serde.isEmpty()) {
            return new BodyErrors(400, "The body is not valid JSON", List.of());
        }
        Optional<String> field = field(error);
        if (field.isEmpty()) {
            return new BodyErrors(400, "The body must be a JSON object with the operation's fields", List.of());
        }
        String name = field.get();
        Optional<NotAWholeNumberException> fraction = find(error, NotAWholeNumberException.class);
        if (fraction.isPresent()) {
            return new BodyErrors(422, "Some fields are not valid",
                    List.of(new FieldError(name, name + " " + fraction.get().getMessage())));
        }
        String message = find(error, WrongJsonTypeException.class).map(Throwable::getMessage)
                .orElse("has the wrong type");
        return new BodyErrors(400, "A field of the body has the wrong type",
                List.of(new FieldError(name, name + " " + message)));
    }

    static boolean isAboutBody(Throwable error) {
        return find(error, SerdeException.class).isPresent() || duplicateKey(error).isPresent()
                || find(error, com.fasterxml.jackson.core.JsonProcessingException.class).isPresent();
    }

    /** The path of the innermost serde exception that knows one: property names joined by dots, indexes in []. */
    private static Optional<String> field(Throwable error) {
        String found = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                found = path(serde.getPath());
            }
        }
        return Optional.ofNullable(found).filter(f -> !f.isEmpty());
    }

    /** serde keeps the innermost step first: "tags[2]" is [item 2 of tags, property tags]. */
    private static String path(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath step = path.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                field.append(field.length() == 0 ? "" : ".").append(entry.key());
            } else if (step instanceof PropertyReferencePath property) {
                field.append(field.length() == 0 ? "" : ".").append(property.property().getName());
            }
        }
        return field.toString();
    }

    private static Optional<String> duplicateKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher matcher = DUPLICATE.matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
