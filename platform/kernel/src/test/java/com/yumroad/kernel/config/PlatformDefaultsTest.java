package com.yumroad.kernel.config;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsTest {

    @Test
    void theKernelsDefaultsApplyAndAnApplicationCanOverrideThem() {
        try (var context = ApplicationContext.builder().properties(Map.of("datasources.default.enabled", false)).build()) {
            context.getEnvironment().start();
            assertThat(context.getProperty("datasources.default.dialect", String.class)).contains("POSTGRES");
            // src/test/resources/application.yml overrides the kernel's 10
            assertThat(context.getProperty("datasources.default.maximum-pool-size", Integer.class)).contains(3);
        }
    }
}
