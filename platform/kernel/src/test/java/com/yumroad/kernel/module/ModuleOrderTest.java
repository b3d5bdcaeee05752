package com.yumroad.kernel.module;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleOrderTest {

    record Module(String name, Set<String> dependsOn) implements ApplicationModule {
    }

    @Test
    void dependenciesComeFirstWhateverOrderTheyAreGivenIn() {
        var catalog = new Module("catalog", Set.of("accounts", "storefront"));
        var storefront = new Module("storefront", Set.of("accounts"));
        var accounts = new Module("accounts", Set.of());

        List<ApplicationModule> ordered = ModuleOrder.dependenciesFirst(List.of(catalog, storefront, accounts));

        assertThat(ordered).extracting(ApplicationModule::name).containsExactly("accounts", "storefront", "catalog");
    }

    @Test
    void aCycleIsRefusedAndNamed() {
        var a = new Module("alpha", Set.of("beta"));
        var b = new Module("beta", Set.of("alpha"));

        assertThatThrownBy(() -> ModuleOrder.dependenciesFirst(List.of(a, b)))
                .hasMessageContaining("cycle").hasMessageContaining("alpha -> beta -> alpha");
    }

    @Test
    void aMissingDependencyIsRefusedAndNamed() {
        var storefront = new Module("storefront", Set.of("accounts"));

        assertThatThrownBy(() -> ModuleOrder.dependenciesFirst(List.of(storefront)))
                .hasMessageContaining("storefront depends on accounts");
    }
}
