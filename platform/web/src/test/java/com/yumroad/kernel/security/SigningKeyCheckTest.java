package com.yumroad.kernel.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyCheckTest {

    private static final String STRONG = "a-signing-key-of-more-than-thirty-two-bytes!!";

    @Test
    void prodRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> signingKey(Map.of(), "prod"))
                .hasMessageContaining("JWT_SECRET is not set").hasMessageContaining("256 bits");
    }

    @Test
    void aKeyShorterThan256BitsIsRefusedEverywhere() {
        assertThatThrownBy(() -> signingKey(Map.of("yumroad.jwt.secret", "short-key-31-bytes-long-xxxxxxx"), "dev"))
                .hasMessageContaining("too short");
    }

    @Test
    void theConfiguredKeySignsTokens() {
        assertThat(signingKey(Map.of("yumroad.jwt.secret", STRONG), "prod")).isEqualTo(STRONG);
    }

    @Test
    void withoutAConfiguredKeyDevSignsWithARandomKeyPerRun() {
        String first = signingKey(Map.of(), "dev");
        String second = signingKey(Map.of(), "dev");
        assertThat(first).hasSizeGreaterThanOrEqualTo(64).isNotEqualTo(second);
    }

    private static String signingKey(Map<String, Object> properties, String environment) {
        try (ApplicationContext context = ApplicationContext.builder(environment)
                .properties(Map.of("datasources.default.enabled", false))
                .properties(properties).start()) {
            return context.getBean(SecretSignatureConfiguration.class, Qualifiers.byName("generator")).getSecret();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IllegalStateException(root.getMessage(), e);
        }
    }
}
