package com.yumroad.kernel.json;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.BootstrapContextCompatible;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.SerdeIntrospections;
import io.micronaut.serde.config.DeserializationConfiguration;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.config.SerializationConfiguration;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.support.DefaultSerdeRegistry;
import jakarta.inject.Singleton;

/**
 * micronaut-serde's registry with {@link WholeNumbers} for {@code long} and {@code int} and {@link Booleans} for
 * {@code boolean}, for every module's JSON at
 * once. A deserializer bean cannot do this: the registry consults its built-in ones first.
 */
@Singleton
@BootstrapContextCompatible
@Replaces(DefaultSerdeRegistry.class)
class StrictSerdeRegistry extends DefaultSerdeRegistry {

    StrictSerdeRegistry(BeanContext beanContext, SerdeIntrospections introspections,
                        ConversionService conversionService, SerdeConfiguration serdeConfiguration,
                        SerializationConfiguration serializationConfiguration,
                        DeserializationConfiguration deserializationConfiguration) {
        super(beanContext, introspections, conversionService, serdeConfiguration, serializationConfiguration,
                deserializationConfiguration);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Deserializer<? extends T> findDeserializer(Argument<? extends T> type) throws SerdeException {
        Class<?> raw = type.getType();
        if (raw == Long.class || raw == long.class) {
            return (Deserializer<? extends T>) WholeNumbers.LONG;
        }
        if (raw == Integer.class || raw == int.class) {
            return (Deserializer<? extends T>) WholeNumbers.INT;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return (Deserializer<? extends T>) Booleans.STRICT;
        }
        return super.findDeserializer(type);
    }
}
