package com.yumroad.kernel.db;

import com.yumroad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleMigrationsTest {

    @Test
    void aRestartReportsTheVersionEachSchemaIsAtNotADash() {
        TestDatabase server = TestDatabase.server();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.createDatabase());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        ModuleMigrations migrations = new ModuleMigrations(List.of());

        ModuleMigrated first = migrations.migrateAll(dataSource).get(0);
        ModuleMigrated again = migrations.migrateAll(dataSource).get(0);

        assertThat(first.describe()).isEqualTo("Module platform: 3 migrations applied, now at version 3");
        assertThat(again.applied()).isZero();
        assertThat(again.version()).contains("3");
        assertThat(again.describe()).isEqualTo("Module platform: up to date at version 3");
    }
}
