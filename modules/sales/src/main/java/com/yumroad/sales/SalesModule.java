package com.yumroad.sales;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/** Checkout, orders and the seller's sales. Depends on catalog (what is sold), storefront and accounts (who sells). */
@Singleton
public final class SalesModule implements ApplicationModule {

    @Override
    public String name() {
        return "sales";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("accounts", "storefront", "catalog");
    }
}
