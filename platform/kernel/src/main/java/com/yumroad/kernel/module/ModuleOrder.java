package com.yumroad.kernel.module;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Sorts modules so that every module comes after the modules it depends on. */
public final class ModuleOrder {

    private ModuleOrder() {
    }

    public static List<ApplicationModule> dependenciesFirst(Collection<? extends ApplicationModule> modules) {
        Map<String, ApplicationModule> byName = modules.stream()
                .sorted(Comparator.comparing(ApplicationModule::name))
                .collect(Collectors.toMap(ApplicationModule::name, m -> m, (a, b) -> {
                    throw new IllegalStateException("Two modules are named " + a.name());
                }, LinkedHashMap::new));
        List<ApplicationModule> ordered = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (ApplicationModule module : byName.values()) {
            visit(module, byName, done, new ArrayList<>(), ordered);
        }
        return List.copyOf(ordered);
    }

    private static void visit(ApplicationModule module, Map<String, ApplicationModule> byName, Set<String> done,
                              List<String> path, List<ApplicationModule> ordered) {
        if (done.contains(module.name())) {
            return;
        }
        if (path.contains(module.name())) {
            path.add(module.name());
            throw new IllegalStateException("Module dependency cycle: " + String.join(" -> ", path));
        }
        path.add(module.name());
        for (String dependency : new TreeSet<>(module.dependsOn())) {
            ApplicationModule required = byName.get(dependency);
            if (required == null) {
                throw new IllegalStateException("Module " + module.name() + " depends on " + dependency
                        + ", which is not on the classpath");
            }
            visit(required, byName, done, path, ordered);
        }
        path.remove(path.size() - 1);
        done.add(module.name());
        ordered.add(module);
    }
}
