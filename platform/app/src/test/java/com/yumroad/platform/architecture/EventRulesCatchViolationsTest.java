package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The event rules find exactly the fixture's nameless event, misnamed event and listener without an id. */
class EventRulesCatchViolationsTest {

    private static final String FIXTURE = "com.yumroad.platform.architecture.fixture";

    private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE + ".events");

    @Test
    void anEventWithoutItsModulesNameAndAListenerWithoutAnIdAreCaught() {
        List<String> violations = EventRules.of(FIXTURE).stream().map(rule -> rule.evaluate(fixture))
                .flatMap(result -> result.getFailureReport().getDetails().stream()).toList();

        assertThat(violations).hasSize(3);
        assertThat(violations).anyMatch(v -> v.contains("Nameless$Unnamed has no @EventName"));
        assertThat(violations).anyMatch(v -> v.contains("Nameless$Misnamed is named 'catalog.borrowed'"));
        assertThat(violations).anyMatch(v -> v.contains("Nameless.on(") && v.contains("no explicit listener id"));
    }
}
