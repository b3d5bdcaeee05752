package com.yumroad.kernel.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;

import java.io.IOException;

/**
 * Reads JSON into {@code boolean}/{@code Boolean} fields without coercion: micronaut-serde's own reads "yes" as
 * false and 1 as true; this takes only {@code true} or {@code false} (another JSON type: {@link WrongJsonTypeException},
 * 400 on the field).
 */
final class Booleans implements Deserializer<Boolean> {

    static final Booleans STRICT = new Booleans();

    private Booleans() {
    }

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new WrongJsonTypeException("must be true or false, not " + (value instanceof Number ? "a number"
                : WholeNumbers.describe(value)));
    }

    @Override
    public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        return deserialize(decoder, context, type);
    }
}
