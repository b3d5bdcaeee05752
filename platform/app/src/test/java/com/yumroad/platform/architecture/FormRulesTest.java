package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormRulesTest {

    @Test
    void everyFormHandlerInTheApplicationChecksItsCsrfToken() {
        FormRules.everyFormHandlerChecksItsCsrfToken().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.yumroad"));
    }

    @Test
    void theRuleCatchesAFormHandlerThatForgets() {
        var result = FormRules.everyFormHandlerChecksItsCsrfToken()
                .evaluate(new ClassFileImporter().importPackages("com.yumroad.platform.architecture.fixture.forms"));

        assertThat(result.getFailureReport().getDetails())
                .singleElement().asString().contains("FormHandlers.forgotten");
    }
}
