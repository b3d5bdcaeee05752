package com.yumroad.delivery;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/** Downloads for buyers. Depends on catalog (the files) and sales (who paid, and whether it was refunded). */
@Singleton
public final class DeliveryModule implements ApplicationModule {

    @Override
    public String name() {
        return "delivery";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("catalog", "sales");
    }
}
