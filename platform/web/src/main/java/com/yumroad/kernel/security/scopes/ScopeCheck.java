package com.yumroad.kernel.security.scopes;

import com.yumroad.kernel.errors.ForbiddenException;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.RouteAttributes;

import java.util.Set;

/**
 * Right after security has found the caller: a personal access token reaches an /api/** endpoint only when the
 * endpoint's declared need ({@link RequiresScope}, {@link PublicApi}, {@link LogInOnly}) is among its scopes.
 * A refusal is a 403 problem naming the missing scope. Log-in tokens and anonymous callers pass untouched.
 */
@ServerFilter("/api/**")
class ScopeCheck implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        Set<Scope> granted = request.getUserPrincipal(Authentication.class).flatMap(TokenScopes::of).orElse(null);
        if (granted == null) {
            return;
        }
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (route == null) {
            return;
        }
        AnnotationMetadata endpoint = route.getAnnotationMetadata();
        if (endpoint.hasAnnotation(LogInOnly.class)) {
            throw new ForbiddenException("A personal access token cannot do this: use a log-in token "
                    + "(POST /api/v1/auth/token) or the web site");
        }
        endpoint.enumValue(RequiresScope.class, Scope.class).filter(needed -> !granted.contains(needed))
                .ifPresent(needed -> {
                    throw new ForbiddenException("This token lacks the scope '" + needed.key() + "'");
                });
    }
}
