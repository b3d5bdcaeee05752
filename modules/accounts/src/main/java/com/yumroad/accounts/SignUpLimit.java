package com.yumroad.accounts;

import com.yumroad.kernel.limits.Attempt;
import com.yumroad.kernel.limits.Limit;
import com.yumroad.kernel.limits.Limits;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Refused sign-ups per client address (an email already taken, bad fields): sign-up tells whether an email has an
 * account, so probing it is limited like log-in ({@code yumroad.limits.sign-up}). Successful sign-ups give their
 * attempt back. Used by every sign-up form and endpoint, in whichever module it lives.
 */
@Singleton
public class SignUpLimit {

    private final Limits limits;
    private final Limit perClient;

    SignUpLimit(Limits limits, @Value("${yumroad.limits.sign-up.per-client:20}") int perClient,
                @Value("${yumroad.limits.sign-up.period:10m}") Duration period) {
        this.limits = limits;
        this.perClient = new Limit("sign-up-client", perClient, period);
    }

    /** Takes one attempt for this client; TooManyRequestsException when none is left. */
    public Attempt begin(String clientAddress) {
        return limits.take(perClient, clientAddress);
    }
}
