package com.yumroad.platform.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.yumroad.kernel.module.ApplicationModule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries every module keeps, made from the modules' own descriptors: a module uses only the modules it
 * declares, and of those only their root package (API, records, events), never their sub-packages; and no module
 * implements a type of a module it depends on, since that would be a port through which the lower module calls the
 * higher one (a loop: pages that combine them are composed above both, in site).
 */
final class ModuleRules {

    private ModuleRules() {
    }

    static List<ArchRule> of(String basePackage, Collection<? extends ApplicationModule> modules) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .as("modules are free of dependency cycles"));
        for (ApplicationModule module : modules) {
            for (ApplicationModule other : modules) {
                if (other.name().equals(module.name())) {
                    continue;
                }
                String own = basePackage + "." + module.name();
                String theirs = basePackage + "." + other.name();
                DescribedPredicate<JavaClass> forbidden = module.dependsOn().contains(other.name())
                        ? internalsOf(theirs)
                        : anythingIn(theirs);
                rules.add(noClasses().that().resideInAPackage(own + "..")
                        .should().dependOnClassesThat(forbidden)
                        .as(module.name() + (module.dependsOn().contains(other.name())
                                ? " uses only the public root package of " + other.name()
                                : " does not depend on " + other.name())));
                if (module.dependsOn().contains(other.name())) {
                    rules.add(noClasses().that().resideInAPackage(own + "..")
                            .should().beAssignableTo(anythingIn(theirs))
                            .as(module.name() + " implements no port of " + other.name()
                                    + ", which depends on nothing above it"));
                }
            }
        }
        return rules;
    }

    private static DescribedPredicate<JavaClass> internalsOf(String modulePackage) {
        return DescribedPredicate.describe("internals of " + modulePackage,
                c -> c.getPackageName().startsWith(modulePackage + "."));
    }

    private static DescribedPredicate<JavaClass> anythingIn(String modulePackage) {
        return DescribedPredicate.describe("classes of " + modulePackage,
                c -> c.getPackageName().equals(modulePackage) || c.getPackageName().startsWith(modulePackage + "."));
    }
}
