package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * What the event publication log calls things must survive renaming and moving classes: every event carries an
 * {@link EventName} of its own module ({@code <module>.<kebab-case>}), every durable listener an explicit id.
 */
final class EventRules {

    private EventRules() {
    }

    static List<ArchRule> of(String basePackage) {
        ArchRule named = classes().that().implement(DomainEvent.class).and().areNotInterfaces()
                .and().resideInAPackage(basePackage + "..")
                .should(carryANameOfTheirModule(basePackage))
                .as("every event carries a stable @EventName of its module");
        ArchRule ids = methods().that().areAnnotatedWith(AfterCommit.class)
                .and().areDeclaredInClassesThat().resideInAPackage(basePackage + "..")
                .should(nameTheirListenerId())
                .as("every @AfterCommit listener names its id in the publication log");
        return List.of(named, ids);
    }

    private static ArchCondition<JavaClass> carryANameOfTheirModule(String basePackage) {
        return new ArchCondition<>("carry an @EventName \"<module>.<kebab-case>\"") {
            @Override
            public void check(JavaClass event, ConditionEvents events) {
                String module = event.getPackageName().substring(basePackage.length() + 1).split("\\.")[0];
                String name = event.tryGetAnnotationOfType(EventName.class).map(EventName::value).orElse(null);
                boolean ok = name != null
                        && name.matches(java.util.regex.Pattern.quote(module) + "\\.[a-z0-9]+(-[a-z0-9]+)*");
                events.add(new SimpleConditionEvent(event, ok, event.getName() + (name == null
                        ? " has no @EventName" : " is named '" + name + "', not " + module + ".<kebab-case>")));
            }
        };
    }

    private static ArchCondition<JavaMethod> nameTheirListenerId() {
        return new ArchCondition<>("give @AfterCommit an explicit id") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean ok = !method.getAnnotationOfType(AfterCommit.class).value().isBlank();
                events.add(new SimpleConditionEvent(method, ok, method.getFullName() + " has no explicit listener id"));
            }
        };
    }
}
