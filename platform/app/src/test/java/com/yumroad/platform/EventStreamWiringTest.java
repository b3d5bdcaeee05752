package com.yumroad.platform;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NATS_URL, as application.yml maps it, turns the event stream on, and its absence leaves it out (no database
 * needed: only which beans the context would have; not the test environment, whose application-test.yml turns
 * the stream off). Its publishing is proved in platform/eventstream.
 */
class EventStreamWiringTest {

    private static final String EVENT_STREAM = "com.yumroad.kernel.eventstream.EventStream";

    @Test
    void natsUrlTurnsTheEventStreamOn() throws Exception {
        assertThat(streams(Map.of("NATS_URL", "nats://127.0.0.1:4222"))).isTrue();
    }

    @Test
    void withoutNatsUrlThereIsNoEventStream() throws Exception {
        assertThat(streams(Map.of())).isFalse();
    }

    private static boolean streams(Map<String, Object> settings) throws ClassNotFoundException {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("datasources.default.enabled", false);
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).properties(properties).start()) {
            return context.findBeanDefinition(Class.forName(EVENT_STREAM)).isPresent();
        }
    }
}
