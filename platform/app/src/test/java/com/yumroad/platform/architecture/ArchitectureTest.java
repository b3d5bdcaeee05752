package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.module.ApplicationModule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.yumroad");

    @Test
    void everyModuleKeepsToItsDeclaredDependenciesAndTheirPublicFace() {
        List<ApplicationModule> modules = Modules.declared();
        assertThat(modules).extracting(ApplicationModule::name).contains("accounts", "storefront", "catalog", "sales", "site");

        ModuleRules.of("com.yumroad", modules).forEach(rule -> rule.check(PRODUCTION));
    }

    @Test
    void afterCommitReactionsAreDurable() {
        noMethods().should().beAnnotatedWith(TransactionalEventListener.class)
                .because("an after-commit reaction is an @AfterCommit listener, delivered through the event "
                        + "publication log; @TransactionalEventListener loses it on a crash or a failure")
                .check(PRODUCTION);
    }

    @Test
    void eventsAndDurableListenersHaveStableNames() {
        EventRules.of("com.yumroad").forEach(rule -> rule.check(PRODUCTION));
    }

    @Test
    void everyDomainEventCanBeWrittenToThePublicationLog() {
        classes().that().implement(DomainEvent.class).should().beAnnotatedWith(Serdeable.class)
                .because("the event stream (platform/eventstream) listens to every event, so every event is "
                        + "serialized into the publication log, and one that cannot be fails its use case")
                .check(PRODUCTION);
    }

    @Test
    void everyApiEndpointDecidesWhatAPersonalAccessTokenNeeds() {
        ScopeRules.everyApiEndpointDeclaresItsScope().check(PRODUCTION);
    }

    @Test
    void thePlatformsPartsDependOneWay() {
        PlatformParts.of("com.yumroad").forEach(rule -> rule.check(PRODUCTION));
    }

    @Test
    void theKernelKnowsNoModule() {
        noClasses().that().resideInAPackage("com.yumroad.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        Modules.declared().stream().map(m -> m.basePackage() + "..").toArray(String[]::new))
                .check(PRODUCTION);
    }
}
