package com.yumroad.platform.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The platform's parts and who may use which. The runtime kernel (platform/kernel) is what every module runs on; the
 * web layer (platform/web: packages kernel.http with its health indicators, kernel.security, kernel.json, kernel.limits)
 * stands on it; the change notices (platform/notices: kernel.notices) serve only the modules that remember reads; the
 * migration tool (platform/migrations: kernel.db.migration) serves only the application's command line; the event stream
 * (platform/eventstream: kernel.eventstream) listens to every event and is used by no one but the application that
 * assembles it; the application (platform/app: com.yumroad.platform) assembles everything and nothing uses it. Maven's dependencies already keep
 * a part from seeing what it does not declare; these rules say it in one place and keep packages from drifting.
 */
final class PlatformParts {

    static final List<String> WEB = List.of("kernel.http", "kernel.security", "kernel.json", "kernel.limits");
    static final String MIGRATION_TOOL = "kernel.db.migration";
    static final String EVENT_STREAM = "kernel.eventstream";
    static final String NOTICES = "kernel.notices";
    static final String APPLICATION = "platform";

    private PlatformParts() {
    }

    static List<ArchRule> of(String basePackage) {
        String kernel = basePackage + ".kernel";
        DescribedPredicate<JavaClass> runtimeKernel = DescribedPredicate.describe("the runtime kernel",
                c -> in(c, kernel) && !in(c, packages(basePackage, WEB)) && !in(c, basePackage + "." + MIGRATION_TOOL)
                        && !in(c, basePackage + "." + EVENT_STREAM) && !in(c, basePackage + "." + NOTICES));
        return List.of(
                noClasses().that(runtimeKernel).should().dependOnClassesThat(inAny(basePackage, WEB))
                        .as("the runtime kernel does not use the web layer"),
                noClasses().that(runtimeKernel.or(inAny(basePackage, WEB))).should()
                        .dependOnClassesThat(inAny(basePackage, List.of(NOTICES)))
                        .as("the runtime kernel and the web layer do not use the change notices"),
                noClasses().that(runtimeKernel.or(inAny(basePackage, WEB))).should()
                        .dependOnClassesThat(inAny(basePackage, List.of(MIGRATION_TOOL)))
                        .as("only the application uses the migration tool"),
                noClasses().that(DescribedPredicate.not(inAny(basePackage, List.of(APPLICATION, EVENT_STREAM))))
                        .should().dependOnClassesThat(inAny(basePackage, List.of(EVENT_STREAM)))
                        .as("only the application uses the event stream"),
                noClasses().that(DescribedPredicate.not(inAny(basePackage, List.of(APPLICATION)))).should()
                        .dependOnClassesThat(inAny(basePackage, List.of(APPLICATION)))
                        .as("nothing uses the application"));
    }

    private static String[] packages(String basePackage, List<String> relative) {
        return relative.stream().map(p -> basePackage + "." + p).toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> inAny(String basePackage, List<String> relative) {
        String[] packages = packages(basePackage, relative);
        return DescribedPredicate.describe(String.join(", ", packages), c -> in(c, packages));
    }

    private static boolean in(JavaClass type, String... packages) {
        return Arrays.stream(packages).anyMatch(p -> type.getPackageName().equals(p)
                || type.getPackageName().startsWith(p + "."));
    }
}
