package com.yumroad.accounts.web;

import com.yumroad.accounts.internal.AccountRules;
import com.yumroad.kernel.limits.Attempt;
import com.yumroad.kernel.limits.Limit;
import com.yumroad.kernel.limits.Limits;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits log-in attempts per email and per client address (web and API alike). Each attempt takes one from both
 * and a successful one gives them back, so only failures count, and parallel guesses cannot overtake the count.
 * The buckets live in PostgreSQL (kernel {@link Limits}): every instance counts against the same ones.
 */
@Singleton
class LoginThrottle {

    private final Limits limits;
    private final Limit perAccount;
    private final Limit perClient;

    LoginThrottle(Limits limits,
                  @Value("${yumroad.login-throttle.per-account:5}") int perAccount,
                  @Value("${yumroad.login-throttle.per-client:20}") int perClient,
                  @Value("${yumroad.login-throttle.period:1m}") Duration period) {
        this.limits = limits;
        this.perAccount = new Limit("login-account", perAccount, period);
        this.perClient = new Limit("login-client", perClient, period);
    }

    /** Takes one attempt for this client and email; TooManyRequestsException when either has none left. */
    Attempt begin(String clientAddress, String email) {
        Map<Limit, String> subjects = new LinkedHashMap<>();
        subjects.put(perClient, clientAddress);
        subjects.put(perAccount, AccountRules.normaliseEmail(email));
        return limits.takeAll(subjects);
    }
}
