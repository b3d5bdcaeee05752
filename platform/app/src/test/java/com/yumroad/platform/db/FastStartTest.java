package com.yumroad.platform.db;

import com.yumroad.kernel.db.ModuleMigrated;
import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.db.PlatformSchema;
import com.yumroad.kernel.db.migration.Downgrade;
import com.yumroad.kernel.db.migration.DowngradeRequest;
import com.yumroad.kernel.module.ApplicationModule;
import com.yumroad.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live modules, each from its own jar: a start on a database that has every migration builds no Flyway and
 * reports what Flyway would; after {@code db downgrade} the next start takes the full path and applies the step again.
 */
class FastStartTest {

    private static final ApplicationContext CONTEXT = ApplicationContext.builder()
            .properties(Map.of("datasources.default.enabled", false)).start();

    @AfterAll
    static void close() {
        CONTEXT.close();
    }

    @Test
    void aStartOnAnUpToDateDatabaseBuildsNoFlywayAndADowngradedOneIsMigratedAgain() {
        DataSource database = freshDatabase();
        List<ModuleMigrated> first = counting().migrateAll(database);

        Counting restart = counting();
        List<ModuleMigrated> again = restart.migrateAll(database);

        assertThat(restart.flyways.get()).isZero();
        assertThat(again).extracting(ModuleMigrated::module).isEqualTo(first.stream().map(ModuleMigrated::module).toList());
        assertThat(again).extracting(ModuleMigrated::version).isEqualTo(first.stream().map(ModuleMigrated::version).toList());
        assertThat(again).allSatisfy(m -> assertThat(m.applied()).isZero());

        CONTEXT.getBean(Downgrade.class).run(database, "catalog", DowngradeRequest.steps(1));
        Counting afterDowngrade = counting();

        assertThat(afterDowngrade.migrateAll(database)).filteredOn(m -> m.module().equals("catalog"))
                .extracting(ModuleMigrated::applied).containsExactly(1);
        assertThat(afterDowngrade.flyways.get()).isEqualTo(first.size());
    }

    private static Counting counting() {
        return new Counting(CONTEXT.getBean(ModuleMigrations.class).modules().stream()
                .filter(m -> !m.name().equals(PlatformSchema.NAME)).toList());
    }

    private static final class Counting extends ModuleMigrations {
        final AtomicInteger flyways = new AtomicInteger();

        Counting(List<ApplicationModule> modules) {
            super(modules);
        }

        @Override
        public FluentConfiguration configure(ApplicationModule module, DataSource dataSource) {
            flyways.incrementAndGet();
            return super.configure(module, dataSource);
        }
    }

    private static DataSource freshDatabase() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestDatabase.server().createDatabase());
        dataSource.setUser(TestDatabase.server().user());
        dataSource.setPassword(TestDatabase.server().password());
        return dataSource;
    }
}
