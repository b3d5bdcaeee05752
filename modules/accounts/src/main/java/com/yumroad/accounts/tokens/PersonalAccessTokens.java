package com.yumroad.accounts.tokens;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.kernel.text.Text;
import com.yumroad.kernel.text.TextRule;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes, lists, revokes and checks a user's personal access tokens. */
@Singleton
class PersonalAccessTokens {

    static final int MAX_NAME = 100;
    private static final TextRule NAME = TextRule.name("name", "Token name").length(1, MAX_NAME);
    static final int MAX_PER_USER = 50;

    private final AccessTokenRepository tokens;
    private final TokenSecrets secrets;
    private final Clock clock;

    PersonalAccessTokens(AccessTokenRepository tokens, TokenSecrets secrets) {
        this.tokens = tokens;
        this.secrets = secrets;
        this.clock = Clock.systemUTC();
    }

    /** A new token; its secret is in the answer and nowhere else. InvalidInputException for bad fields. */
    @Transactional
    IssuedAccessToken create(long userId, NewAccessToken request) {
        Set<Scope> scopes = check(request);
        tokens.holdOwner(userId);
        if (tokens.countByUserId(userId) >= MAX_PER_USER) {
            throw new InvalidInputException("name", "You have " + MAX_PER_USER + " tokens already: revoke one first");
        }
        String secret = secrets.newSecret();
        AccessToken saved = tokens.save(new AccessToken(null, userId, Text.line(request.name()), secrets.hash(secret),
                TokenSecrets.hint(secret), scopes.stream().map(Scope::key).collect(Collectors.joining(" ")),
                null, request.expiresAt(), null));
        return IssuedAccessToken.of(AccessTokenView.of(saved), secret);
    }

    List<AccessTokenView> list(long userId) {
        return tokens.findByUserIdOrderByIdDesc(userId).stream().map(AccessTokenView::of).toList();
    }

    /** Revoked at once: the next request with it is refused. NotFoundException unless it is the user's. */
    @Transactional
    void revoke(long userId, long tokenId) {
        if (tokens.deleteByIdAndUserId(tokenId, userId) == 0) {
            throw new NotFoundException("Token", tokenId);
        }
    }

    /**
     * The token this secret belongs to when it is current (not revoked, not expired): one indexed look-up, plus a
     * "last used" write at most once a minute per token.
     */
    Optional<AccessToken> authenticate(String secret) {
        if (!TokenSecrets.looksLikeOne(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(secrets.hash(secret)).filter(token -> !token.expiredAt(now)).map(token -> {
            Instant staleBefore = now.minusSeconds(60);
            if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(staleBefore)) {
                tokens.touch(token.id(), now, staleBefore);
            }
            return token;
        });
    }

    private Set<Scope> check(NewAccessToken request) {
        List<FieldError> errors = new ArrayList<>();
        NAME.check(Text.line(request.name())).ifPresent(errors::add);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        List<String> keys = request.scopes() == null ? List.of() : request.scopes();
        for (String key : keys) {
            Optional<Scope> scope = key == null ? Optional.empty() : Scope.ofKey(key);
            if (scope.isEmpty()) {
                errors.add(new FieldError("scopes", "Unknown scope '" + key + "': use read, write_products, "
                        + "read_sales or manage_webhooks"));
            }
            scope.ifPresent(scopes::add);
        }
        if (keys.isEmpty()) {
            errors.add(new FieldError("scopes", "Choose at least one scope"));
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
            errors.add(new FieldError("expiresAt", "Must be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return scopes;
    }
}
