package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.yumroad.kernel.module.ApplicationModule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules themselves are tested: on a small fixture with known violations they must find exactly those. */
class ModuleRulesCatchViolationsTest {

    private static final String FIXTURE = "com.yumroad.platform.architecture.fixture";

    record Module(String name, Set<String> dependsOn) implements ApplicationModule {
    }

    private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
    private final List<ArchRule> rules = ModuleRules.of(FIXTURE, List.of(
            new Module("accounts", Set.of()), new Module("storefront", Set.of("accounts"))));

    @Test
    void reachingIntoAnotherModulesInternalsIsCaught() {
        assertThat(violations()).anyMatch(v -> v.contains("storefront.Snoop") && v.contains("accounts.internal.Secret"));
    }

    @Test
    void aDependencyAgainstTheDeclaredDirectionIsCaughtAndSoIsTheCycle() {
        assertThat(violations()).anyMatch(v -> v.contains("accounts.Backwards") && v.contains("storefront.Shop"));
        assertThat(violations()).anyMatch(v -> v.contains("Cycle detected"));
    }

    @Test
    void aModuleImplementingAPortOfAModuleItDependsOnIsCaught() {
        assertThat(violations()).anyMatch(v -> v.contains("storefront.ShopSection")
                && v.contains("is assignable to classes of " + FIXTURE + ".accounts"));
    }

    @Test
    void usingAnAllowedModulesPublicFaceIsFine() {
        assertThat(violations()).noneMatch(v -> v.contains("storefront.Shop") && v.contains("accounts.Api")
                && !v.contains("Cycle"));
    }

    private List<String> violations() {
        return rules.stream()
                .map(rule -> rule.evaluate(fixture))
                .flatMap(result -> result.getFailureReport().getDetails().stream())
                .collect(Collectors.toList());
    }
}
