package com.yumroad.platform.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.yumroad.kernel.security.scopes.LogInOnly;
import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.kernel.security.scopes.RequiresScope;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Personal access tokens reach an API endpoint only as far as its declared need allows (kernel ScopeCheck), so
 * every /api endpoint must declare one: {@code @RequiresScope}, {@code @PublicApi} or {@code @LogInOnly}, on the
 * method or its controller. An endpoint added without that decision fails the build, instead of being open to
 * every token (or closed to all).
 */
final class ScopeRules {

    private static final List<Class<? extends Annotation>> ROUTES =
            List.of(Get.class, Post.class, Put.class, Patch.class, Delete.class);
    private static final List<Class<? extends Annotation>> DECISIONS =
            List.of(RequiresScope.class, PublicApi.class, LogInOnly.class);

    private ScopeRules() {
    }

    static ArchRule everyApiEndpointDeclaresItsScope() {
        return methods().that(serveTheApi()).should(declareExactlyOneScopeDecision())
                .as("every /api endpoint declares @RequiresScope, @PublicApi or @LogInOnly");
    }

    private static DescribedPredicate<JavaMethod> serveTheApi() {
        return DescribedPredicate.describe("serve /api", method -> path(method).map(p -> p.startsWith("/api"))
                .orElse(false));
    }

    /** The route's full path: the controller's and the method's, as Micronaut joins them. */
    static Optional<String> path(JavaMethod method) {
        return ROUTES.stream().filter(method::isAnnotatedWith).findFirst().map(route -> {
            String base = method.getOwner().isAnnotatedWith(Controller.class)
                    ? method.getOwner().getAnnotationOfType(Controller.class).value() : "/";
            Annotation mapping = method.getAnnotationOfType(route);
            String own = ownPath(mapping);
            return (base.equals("/") ? "" : base) + (own.equals("/") ? "" : own);
        });
    }

    private static String ownPath(Annotation mapping) {
        if (mapping instanceof Get g) {
            return g.uri().equals("/") ? g.value() : g.uri();
        } else if (mapping instanceof Post p) {
            return p.uri().equals("/") ? p.value() : p.uri();
        } else if (mapping instanceof Put p) {
            return p.uri().equals("/") ? p.value() : p.uri();
        } else if (mapping instanceof Patch p) {
            return p.uri().equals("/") ? p.value() : p.uri();
        } else if (mapping instanceof Delete d) {
            return d.uri().equals("/") ? d.value() : d.uri();
        }
        return "";
    }

    private static ArchCondition<JavaMethod> declareExactlyOneScopeDecision() {
        return new ArchCondition<>("declare exactly one scope decision") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                long onMethod = DECISIONS.stream().filter(method::isAnnotatedWith).count();
                long onClass = DECISIONS.stream().filter(method.getOwner()::isAnnotatedWith).count();
                long decisions = onMethod > 0 ? onMethod : onClass;
                if (decisions != 1) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " ("
                            + path(method).orElse("?") + ") declares " + decisions + " of "
                            + Stream.of("@RequiresScope", "@PublicApi", "@LogInOnly").toList()
                            + "; it needs exactly one, on the method or its controller"));
                }
            }
        };
    }
}
