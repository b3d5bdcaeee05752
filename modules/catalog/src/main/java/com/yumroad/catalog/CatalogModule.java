package com.yumroad.catalog;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/** Products and their tags. Depends on accounts (creators) and storefront (stores). */
@Singleton
public final class CatalogModule implements ApplicationModule {

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("accounts", "storefront");
    }
}
