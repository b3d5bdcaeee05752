package com.yumroad.kernel.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;

import java.io.IOException;
import java.math.BigInteger;

/**
 * Reads JSON into {@code long}/{@code int} fields without coercion. micronaut-serde's own deserializers truncate
 * 12.5 to 12, read "12" and true as numbers; these take only an integer token: a fraction or a number out of range
 * is {@link NotAWholeNumberException} (422 on the field), another JSON type a {@link WrongJsonTypeException} (400 on the
 * field).
 */
final class WholeNumbers {

    static final Deserializer<Long> LONG = new Whole<>(Long.MIN_VALUE, Long.MAX_VALUE) {
        @Override
        Long of(long value) {
            return value;
        }
    };

    static final Deserializer<Integer> INT = new Whole<>(Integer.MIN_VALUE, Integer.MAX_VALUE) {
        @Override
        Integer of(long value) {
            return (int) value;
        }
    };

    private WholeNumbers() {
    }

    private abstract static class Whole<T> implements Deserializer<T> {

        private final long min;
        private final long max;

        Whole(long min, long max) {
            this.min = min;
            this.max = max;
        }

        abstract T of(long value);

        @Override
        public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            Object value = decoder.decodeArbitrary();
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return inRange(((Number) value).longValue());
            }
            if (value instanceof BigInteger big) {
                if (big.bitLength() < Long.SIZE) {
                    return inRange(big.longValue());
                }
                throw new NotAWholeNumberException("must be between " + min + " and " + max);
            }
            if (value instanceof Number) {
                throw new NotAWholeNumberException("must be a whole number");
            }
            throw new WrongJsonTypeException("must be a number, not " + describe(value));
        }

        @Override
        public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> type)
                throws IOException {
            if (decoder.decodeNull()) {
                return null;
            }
            return deserialize(decoder, context, type);
        }

        private T inRange(long value) throws NotAWholeNumberException {
            if (value < min || value > max) {
                throw new NotAWholeNumberException("must be between " + min + " and " + max);
            }
            return of(value);
        }
    }

    static String describe(Object value) {
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof java.util.Map) {
            return "an object";
        }
        if (value instanceof java.util.List) {
            return "a list";
        }
        return "null";
    }
}
