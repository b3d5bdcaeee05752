package com.yumroad.platform.architecture;

import com.yumroad.kernel.module.ApplicationModule;
import com.yumroad.kernel.module.ModuleOrder;
import io.micronaut.context.ApplicationContext;

import java.util.List;
import java.util.Map;

/** The modules on the application's classpath, as their descriptors declare them (no database needed). */
final class Modules {

    private Modules() {
    }

    static List<ApplicationModule> declared() {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("datasources.default.enabled", false)).start()) {
            return ModuleOrder.dependenciesFirst(context.getBeansOfType(ApplicationModule.class));
        }
    }
}
