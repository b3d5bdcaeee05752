package com.yumroad.accounts.tokens;

import com.yumroad.kernel.http.ApiRequests;
import com.yumroad.kernel.security.scopes.TokenScopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Accepts a personal access token as a bearer token on /api/**, beside the log-in JWT validator (which refuses
 * these, as they are no JWT; this one passes on anything without the {@code yr_pat_} prefix). The authentication
 * names the user like a log-in token does and carries the token's scopes, which kernel {@code ScopeCheck} holds
 * against each endpoint's declared need. The look-up is blocking JDBC, so it runs on the blocking executor.
 */
@Singleton
class PersonalAccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final PersonalAccessTokens tokens;
    private final ExecutorService blocking;

    PersonalAccessTokenValidator(PersonalAccessTokens tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        if (!TokenSecrets.looksLikeOne(token) || (request != null && !ApiRequests.isApi(request))) {
            return Publishers.empty();
        }
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> tokens.authenticate(token)
                .map(found -> Authentication.build(Long.toString(found.userId()),
                        TokenScopes.attributes(found.id(), AccessTokenView.of(found).grants())))
                .orElse(null), blocking));
    }
}
