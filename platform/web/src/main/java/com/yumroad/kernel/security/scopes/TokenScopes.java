package com.yumroad.kernel.security.scopes;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How an {@link Authentication} carries a personal access token's scopes: an attribute that only the personal
 * access token validator sets (log-in JWTs are signed by us and never carry it), so its absence means full access.
 */
public final class TokenScopes {

    public static final String ATTRIBUTE = "yumroad.token.scopes";
    public static final String TOKEN_ID = "yumroad.token.id";

    private TokenScopes() {
    }

    /** The attributes of an authentication made from a personal access token. */
    public static Map<String, Object> attributes(long tokenId, Collection<Scope> scopes) {
        return Map.of(ATTRIBUTE, scopes.stream().map(Scope::key).toList(), TOKEN_ID, tokenId);
    }

    /** The scopes of a personal access token, or empty for a log-in token (which may do everything). */
    public static Optional<Set<Scope>> of(Authentication authentication) {
        Object value = authentication.getAttributes().get(ATTRIBUTE);
        if (!(value instanceof List<?> keys)) {
            return Optional.empty();
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        keys.forEach(key -> Scope.ofKey(String.valueOf(key)).ifPresent(scopes::add));
        return Optional.of(scopes);
    }
}
