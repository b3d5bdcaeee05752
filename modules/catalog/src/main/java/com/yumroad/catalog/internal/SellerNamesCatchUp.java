package com.yumroad.catalog.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/** At start-up, in the background: names the stores whose products were listed before catalog kept names (V9). */
@Singleton
@Requires(beans = DataSource.class)
class SellerNamesCatchUp {

    private final SellerNames sellers;

    SellerNamesCatchUp(SellerNames sellers) {
        this.sellers = sellers;
    }

    @EventListener
    @Async
    void started(StartupEvent event) {
        sellers.catchUp();
    }
}
