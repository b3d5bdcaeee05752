package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.module.ApplicationModule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Draws the modules, their dependencies and the events between them, as Markdown with a Mermaid diagram. */
final class ModuleDiagram {

    private static final String IN_TRANSACTION = "io.micronaut.runtime.event.annotation.EventListener";
    private static final String AFTER_COMMIT = "com.yumroad.kernel.events.AfterCommit";

    record Reaction(String event, String publisher, String listener, String listenerClass, boolean afterCommit) {
    }

    private ModuleDiagram() {
    }

    static String render(List<ApplicationModule> modules, JavaClasses classes) {
        List<Reaction> reactions = reactions(modules, classes);
        StringBuilder md = new StringBuilder();
        md.append("# Modules\n\n")
                .append("Generated from the code by `ModuleDiagramTest` (platform/app): do not edit by hand.\n")
                .append("Solid arrows: may depend on (public API and events only). Dotted arrows: an event and the module ")
                .append("that reacts to it.\n\n")
                .append("```mermaid\nflowchart LR\n");
        modules.forEach(m -> md.append("    ").append(m.name()).append("[").append(m.name()).append("]\n"));
        for (ApplicationModule module : modules) {
            new TreeSet<>(module.dependsOn()).forEach(d -> md.append("    ").append(module.name()).append(" --> ").append(d).append("\n"));
        }
        reactions.stream().map(r -> "    " + r.publisher() + " -. " + r.event() + " .-> " + r.listener() + "\n")
                .distinct().forEach(md::append);
        md.append("```\n\n| module | depends on | publishes | reacts to |\n|---|---|---|---|\n");
        for (ApplicationModule module : modules) {
            md.append("| ").append(module.name())
                    .append(" | ").append(String.join(", ", new TreeSet<>(module.dependsOn())))
                    .append(" | ").append(String.join(", ", eventsOf(module, classes)))
                    .append(" | ").append(String.join(", ", reactions.stream().filter(r -> r.listener().equals(module.name()))
                            .map(r -> r.event() + " (" + r.listenerClass() + (r.afterCommit() ? ", after commit" : ", in the transaction") + ")")
                            .distinct().toList()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static List<String> eventsOf(ApplicationModule module, JavaClasses classes) {
        return classes.stream()
                .filter(c -> c.isAssignableTo(DomainEvent.class) && !c.isInterface())
                .filter(c -> c.getPackageName().equals(module.basePackage()))
                .map(JavaClass::getSimpleName).sorted().toList();
    }

    private static List<Reaction> reactions(List<ApplicationModule> modules, JavaClasses classes) {
        List<Reaction> reactions = new ArrayList<>();
        for (JavaClass type : classes) {
            Optional<ApplicationModule> listener = moduleOf(type, modules);
            if (listener.isEmpty()) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                boolean inTx = method.isAnnotatedWith(IN_TRANSACTION);
                boolean afterCommit = method.isAnnotatedWith(AFTER_COMMIT);
                if ((!inTx && !afterCommit) || method.getRawParameterTypes().isEmpty()) {
                    continue;
                }
                JavaClass event = method.getRawParameterTypes().get(0);
                if (!event.isAssignableTo(DomainEvent.class)) {
                    continue;
                }
                moduleOf(event, modules).ifPresent(publisher -> reactions.add(new Reaction(event.getSimpleName(),
                        publisher.name(), listener.get().name(), type.getSimpleName(), afterCommit)));
            }
        }
        reactions.sort((a, b) -> (a.publisher() + a.event() + a.listener() + a.listenerClass())
                .compareTo(b.publisher() + b.event() + b.listener() + b.listenerClass()));
        return reactions;
    }

    private static Optional<ApplicationModule> moduleOf(JavaClass type, List<ApplicationModule> modules) {
        return modules.stream().filter(m -> type.getPackageName().equals(m.basePackage())
                || type.getPackageName().startsWith(m.basePackage() + ".")).findFirst();
    }
}
