package com.yumroad.platform;

import com.yumroad.testing.FreshDatabase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformAssemblyTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void everyModuleAndThePlatformHaveTheirOwnSchemaWithItsOwnMigrationHistory() throws Exception {
        List<String> histories = new ArrayList<>();
        try (var c = connection(); var rs = c.createStatement().executeQuery("""
                select table_schema from information_schema.tables
                where table_name = 'flyway_schema_history' order by table_schema""")) {
            while (rs.next()) {
                histories.add(rs.getString(1));
            }
        }
        assertThat(histories).containsExactly("accounts", "activity", "catalog", "delivery", "notifications", "platform",
                "sales", "site", "storefront", "webhooks");
    }

    @Test
    void crossModuleForeignKeysAreDeclaredByTheOwningModule() throws Exception {
        List<String> keys = new ArrayList<>();
        try (var c = connection(); var rs = c.createStatement().executeQuery("""
                select con.conname || ':' || src.relname || '->' || dstns.nspname || '.' || dst.relname
                from pg_constraint con
                join pg_class src on src.oid = con.conrelid
                join pg_class dst on dst.oid = con.confrelid join pg_namespace dstns on dstns.oid = dst.relnamespace
                join pg_namespace srcns on srcns.oid = src.relnamespace
                where con.contype = 'f' and srcns.nspname <> dstns.nspname order by 1""")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        assertThat(keys).containsExactly(
                "download_counts_order_fk:download_counts->sales.orders",
                "products_creator_fk:products->accounts.users",
                "products_store_fk:products->storefront.stores",
                "products_store_of_creator_fk:products->storefront.stores",
                "seller_preferences_user_fk:seller_preferences->accounts.users",
                "stores_owner_fk:stores->accounts.users",
                "subscriptions_owner_fk:subscriptions->accounts.users");
    }

    @Test
    void healthIsUpWithTheDatabase() {
        var response = http.toBlocking().exchange("/health", String.class);

        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat((String) response.body()).contains("\"status\":\"UP\"")
                .containsPattern("\"database\":\\{[^}]*\"status\":\"UP\"")
                .contains("\"eventPublications\"", "\"failed\":0")
                .as("nothing tells where the database is")
                .doesNotContain("jdbc:", "postgresql://", "localhost", "127.0.0.1", "yumroad_test", "5432");
    }
}
