package com.yumroad.kernel.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;

/**
 * Micronaut's secret signature verifies any HMAC algorithm with the key (a token signed HS512 with our key passes
 * although HS256 is configured). This one accepts only the configured algorithm. {@code alg: none} never gets this
 * far: unsigned tokens are refused while a signature is configured.
 */
@EachBean(SecretSignatureConfiguration.class)
@Replaces(SecretSignature.class)
class PinnedAlgorithmSignature extends SecretSignature {

    private final JWSAlgorithm configured;

    PinnedAlgorithmSignature(SecretSignatureConfiguration configuration) {
        super(configuration);
        this.configured = configuration.getJwsAlgorithm();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return configured.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && super.verify(jwt);
    }
}
