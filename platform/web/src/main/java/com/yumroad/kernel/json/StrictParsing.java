package com.yumroad.kernel.json;

import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.context.annotation.BootstrapContextCompatible;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * A JSON object with the same key twice is refused (400) instead of silently keeping one value: Jackson's
 * STRICT_DUPLICATE_DETECTION, switched on for the one parser configuration every JSON body goes through.
 */
@Singleton
@BootstrapContextCompatible
class StrictParsing implements BeanCreatedEventListener<SerdeJacksonConfiguration> {

    @Override
    public SerdeJacksonConfiguration onCreated(BeanCreatedEvent<SerdeJacksonConfiguration> event) {
        SerdeJacksonConfiguration configuration = event.getBean();
        Map<JsonParser.Feature, Boolean> features = new HashMap<>(configuration.getParserFeatures());
        features.put(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        configuration.setParserFeatures(features);
        return configuration;
    }
}
