package com.yumroad.platform.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.security.FormTokens;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Post;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * CSRF on forms is checked by each handler (kernel FormTokens: micronaut-security-csrf's filter fails on bodies that
 * arrive late), so a rule makes sure no form handler forgets it, log-in included (a pre-session token: without it
 * another site could log a browser into the attacker's account). The form routine ({@code Forms.submitted}) checks
 * it first, so calling that counts too.
 */
final class FormRules {

    private FormRules() {
    }

    static ArchRule everyFormHandlerChecksItsCsrfToken() {
        return methods().that(handleForms())
                .should(callFormTokensCheck())
                .as("every form POST handler calls FormTokens.check or Forms.submitted");
    }

    private static DescribedPredicate<JavaMethod> handleForms() {
        return DescribedPredicate.describe("handle form POSTs", method -> method.isAnnotatedWith(Post.class)
                && Arrays.asList(method.getAnnotationOfType(Post.class).consumes())
                .contains(MediaType.APPLICATION_FORM_URLENCODED));
    }

    private static ArchCondition<JavaMethod> callFormTokensCheck() {
        return new ArchCondition<>("call FormTokens.check or Forms.submitted") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean checks = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().isEquivalentTo(FormTokens.class) && call.getName().equals("check")
                                || call.getTargetOwner().isEquivalentTo(Forms.class)
                                && call.getName().equals("submitted"));
                if (!checks) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " does not call FormTokens.check or Forms.submitted"));
                }
            }
        };
    }
}
