package com.yumroad.accounts;

import com.yumroad.testing.FreshDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsSchemaTest implements FreshDatabase {


    @Test
    void theAccountsSuiteMigratesOnlyThePlatformAndTheAccountsSchemasEachWithItsOwnHistory() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var c = connection(); var rs = c.createStatement().executeQuery("""
                select table_schema || '.' || table_name from information_schema.tables
                where table_schema not in ('pg_catalog', 'information_schema') order by 1""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).containsExactly("accounts.account_tokens", "accounts.flyway_schema_history",
                "accounts.personal_access_tokens", "accounts.users",
                "platform.event_publication", "platform.flyway_schema_history", "platform.rate_limit_buckets");
    }
}
