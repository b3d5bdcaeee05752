package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform parts' rules, on a fixture with known violations. */
class PlatformPartsCatchViolationsTest {

    private static final String FIXTURE = "com.yumroad.platform.architecture.fixture";

    private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE + ".kernel");

    @Test
    void theRuntimeKernelUsingTheWebLayerIsCaught() {
        assertThat(violations()).anyMatch(v -> v.contains("kernel.events.Leaky") && v.contains("kernel.http.Shell"));
    }

    @Test
    void theWebLayerUsingTheMigrationToolIsCaught() {
        assertThat(violations()).anyMatch(v -> v.contains("kernel.http.Shell") && v.contains("kernel.db.migration.Tool"));
    }

    @Test
    void theRuntimeKernelUsingTheEventStreamIsCaught() {
        assertThat(violations()).anyMatch(v -> v.contains("kernel.events.Leaky") && v.contains("kernel.eventstream.Stream"));
    }

    @Test
    void theRuntimeKernelUsingTheChangeNoticesIsCaught() {
        assertThat(violations()).anyMatch(v -> v.contains("kernel.events.Leaky") && v.contains("kernel.notices.Memory"));
    }

    private List<String> violations() {
        return PlatformParts.of(FIXTURE).stream().map(rule -> rule.evaluate(fixture))
                .flatMap(result -> result.getFailureReport().getDetails().stream()).toList();
    }
}
