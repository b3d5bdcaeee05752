package com.yumroad.platform.db;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mapped entity against the schema the migrations build: the two must say the same thing. */
class EntitySchemaDriftTest {

    @Test
    void everyMappedEntityMatchesTheMigratedSchema() throws Exception {
        assertThat(EntitySchemaCheck.mappedEntities()).extracting(i -> i.getBeanType().getSimpleName())
                .contains("User", "StoreRow", "ProductRow");

        try (Connection connection = migratedDatabase()) {
            assertThat(EntitySchemaCheck.mismatches(connection)).isEmpty();
        }
    }

    @Test
    void aDriftedColumnFailsNamingTheEntityAndTheColumn() throws Exception {
        try (Connection connection = migratedDatabase(); Statement s = connection.createStatement()) {
            s.execute("""
                    alter table catalog.product_files alter column position type bigint;
                    alter table accounts.users alter column name drop not null;
                    alter table accounts.users rename column password_hash to secret;
                    """);

            assertThat(EntitySchemaCheck.mismatches(connection)).containsExactlyInAnyOrder(
                    "User.name: column accounts.users.name is nullable, the entity's property is not",
                    "User.passwordHash: column accounts.users.password_hash does not exist",
                    "User: column accounts.users.secret is NOT NULL without a default and not mapped, so inserts fail",
                    "ProductFileRow.position: column catalog.product_files.position is bigint, the entity needs integer");
        }
    }

    private static Connection migratedDatabase() throws Exception {
        String url = TestDatabase.server().createDatabase();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(TestDatabase.server().user());
        dataSource.setPassword(TestDatabase.server().password());
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("datasources.default.enabled", false)).start()) {
            context.getBean(ModuleMigrations.class).migrateAll(dataSource);
        }
        return dataSource.getConnection();
    }
}
