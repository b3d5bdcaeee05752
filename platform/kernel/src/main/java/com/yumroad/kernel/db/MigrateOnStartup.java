package com.yumroad.kernel.db;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.util.StringUtils;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/** Brings every module's schema up to date as soon as the datasource exists, before anything can use it. */
@Singleton
@Requires(property = "yumroad.db.migrate-on-start", value = StringUtils.TRUE, defaultValue = StringUtils.TRUE)
class MigrateOnStartup implements BeanCreatedEventListener<DataSource> {

    private final ModuleMigrations migrations;

    MigrateOnStartup(ModuleMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        // Unwrapped: Micronaut Data's contextual proxy would look the datasource up again while it is being created.
        migrations.migrateAll(DelegatingDataSource.unwrapDataSource(event.getBean()));
        return event.getBean();
    }
}
