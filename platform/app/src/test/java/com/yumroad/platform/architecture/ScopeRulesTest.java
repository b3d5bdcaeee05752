package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeRulesTest {

    @Test
    void theRuleCatchesAnApiEndpointWithoutExactlyOneScopeDecision() {
        var result = ScopeRules.everyApiEndpointDeclaresItsScope()
                .evaluate(new ClassFileImporter().importPackages("com.yumroad.platform.architecture.fixture.scopes"));

        assertThat(result.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("undecided").contains("/api/v1/fixture/{id}").contains("declares 0"))
                .anySatisfy(v -> assertThat(v).contains("twoDecisions").contains("declares 2"));
    }
}
