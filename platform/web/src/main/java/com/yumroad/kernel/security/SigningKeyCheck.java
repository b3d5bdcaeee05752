package com.yumroad.kernel.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;

import java.nio.charset.StandardCharsets;

/**
 * Checks the HS256 key that signs every token ({@code JWT_SECRET}) at start-up: at least 256 bits everywhere, and
 * configured, not generated, in prod. Elsewhere the platform defaults supply a random key per run.
 */
@Context
class SigningKeyCheck {

    static final int MINIMUM_BYTES = 32;

    SigningKeyCheck(Environment environment,
                    @Value("${yumroad.jwt.secret}") String secret,
                    @Value("${yumroad.jwt.generated-secret}") String generated) {
        if (environment.getActiveNames().contains("prod") && secret.equals(generated)) {
            throw new ConfigurationException("JWT_SECRET is not set: the prod environment needs a signing key of at "
                    + "least 256 bits (32 bytes), e.g. `openssl rand -base64 48`");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new ConfigurationException("JWT_SECRET is too short: at least 256 bits (32 bytes) are needed for HS256");
        }
    }
}
