package com.yumroad.platform.cli;

import com.yumroad.testing.TestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every db command, run through the command line against PostgreSQL. */
class DbCommandTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    @TempDir
    Path workingDirectory;

    private String url;

    @BeforeEach
    void freshDatabase() {
        url = TestDatabase.server().createDatabase();
    }

    @Test
    void statusShowsWhatIsPendingAndUpgradeAppliesItInDependencyOrder() {
        CommandRun before = db("status");
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("accounts       none     V1__create_users.sql, V2__index_users_by_sign_up_time.sql, "
                        + "V3__add_session_version.sql, V4__create_personal_access_tokens.sql, "
                        + "V5__check_text_by_code_point.sql")
                .contains("platform       none     V1__create_event_publication.sql");

        CommandRun upgrade = db("upgrade");
        assertThat(upgrade.exitCode()).isZero();
        assertThat(upgrade.out().lines()).containsExactly(
                "platform       none -> 3   applied V1__create_event_publication.sql, V2__create_rate_limit_buckets.sql, "
                        + "V3__name_events_in_publication_log.sql",
                "accounts       none -> 6   applied V1__create_users.sql, V2__index_users_by_sign_up_time.sql, "
                        + "V3__add_session_version.sql, V4__create_personal_access_tokens.sql, "
                        + "V5__check_text_by_code_point.sql, V6__add_account_tokens_and_email_verification.sql",
                "storefront     none -> 6   applied V1__create_stores.sql, V2__index_stores_by_opening_time.sql, "
                        + "V3__check_text_by_code_point.sql, V4__count_products_without_a_row_lock.sql, "
                        + "V5__leave_product_counts_to_catalog.sql, V6__notify_store_changes.sql",
                "catalog        none -> 13  applied V1__create_products_and_tags.sql, V2__index_products_by_listing_time.sql, "
                        + "V3__create_store_activity.sql, V4__add_product_files_and_covers.sql, "
                        + "V5__repair_store_product_counts.sql, V6__check_text_by_code_point.sql, "
                        + "V7__let_buyers_pay_what_they_want.sql, V8__search_products.sql, "
                        + "V9__read_products_in_one_statement.sql, V10__own_store_product_counts.sql, "
                        + "V11__notice_product_list_changes.sql, V12__notify_store_listing_changes.sql, "
                        + "V13__drop_store_listing_notices.sql",
                "sales          none -> 3   applied V1__create_orders.sql, V2__keep_store_name_on_orders.sql, "
                        + "V3__check_email_by_code_point.sql",
                "activity       none -> 1   applied V1__create_store_activity.sql",
                "delivery       none -> 1   applied V1__create_download_counts_and_limits.sql",
                "webhooks       none -> 1   applied V1__create_subscriptions_and_deliveries.sql",
                "notifications  none -> 2   applied V1__create_mails_and_seller_preferences.sql, "
                        + "V2__suppress_refused_addresses.sql",
                "site           at none     up to date");

        CommandRun current = db("current");
        assertThat(current.exitCode()).isZero();
        assertThat(current.out().lines()).containsExactly(
                "module         version  pending",
                "platform       3        -",
                "accounts       6        -",
                "storefront     6        -",
                "catalog        13       -",
                "sales          3        -",
                "activity       1        -",
                "delivery       1        -",
                "webhooks       1        -",
                "notifications  2        -",
                "site           none     -");
    }

    @Test
    void upgradeOfOneModuleToATargetAndItsRefusals() {
        CommandRun upgrade = db("upgrade", "--module", "storefront", "--target", "1");
        assertThat(upgrade.exitCode()).isZero();
        assertThat(upgrade.out().lines()).containsExactly(
                "accounts    none -> 6  applied V1__create_users.sql, V2__index_users_by_sign_up_time.sql, "
                        + "V3__add_session_version.sql, V4__create_personal_access_tokens.sql, "
                        + "V5__check_text_by_code_point.sql, V6__add_account_tokens_and_email_verification.sql",
                "storefront  none -> 1  applied V1__create_stores.sql");

        CommandRun noModule = db("upgrade", "--target", "1");
        assertThat(noModule.exitCode()).isEqualTo(1);
        assertThat(noModule.err()).isEqualTo("yumroad db upgrade: --target needs --module: every module counts its own versions\n");
    }

    @Test
    void historyListsAppliedMigrationsForPeopleAndForScripts() throws Exception {
        db("upgrade", "--module", "accounts");

        CommandRun history = db("history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).containsPattern("(?m)^  1        create users\\s+\\d{4}-\\d\\d-\\d\\dT\\S+Z\\s+\\d+ ms\\s+ok$")
                .contains("storefront: nothing applied");

        CommandRun json = db("history", "--json");
        List<Map<String, Object>> modules = JSON.readValue(json.out(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(modules).extracting(m -> m.get("module")).containsExactly("platform", "accounts", "storefront", "catalog", "sales",
                "activity", "delivery", "webhooks", "notifications", "site");
        assertThat((List<?>) modules.get(1).get("applied")).hasSize(6);
        assertThat((List<?>) modules.get(3).get("applied")).isEmpty();
        assertThat(json.out()).contains("\"checksum\":\"ok\"").contains("\"installedOn\":\"");
    }

    @Test
    void downgradeUndoesOneStepAndRefusesWithOneLineThatSaysWhichMigrationAndWhy() throws Exception {
        db("upgrade");
        sql("insert into accounts.users (email, name, password_hash) values ('ada@example.com', 'Ada', 'h');"
                + "insert into storefront.stores (owner_id, name, slug) select id, 'Ada shop', 'ada' from accounts.users;"
                + "insert into catalog.products (creator_id, store_id, name, price_cents) select owner_id, id, 'Notes', 5 from storefront.stores;");

        // V8's search columns, V9's tag list and sellers and V10's store product counts hold values for the product,
        // but derived ones: dropping them loses nothing
        CommandRun step = db("downgrade", "--module", "catalog", "--steps", "12");
        assertThat(step.exitCode()).isZero();
        assertThat(step.out()).isEqualTo("catalog 13 -> 1: undid V13__drop_store_listing_notices.sql, "
                + "V12__notify_store_listing_changes.sql, "
                + "V11__notice_product_list_changes.sql, "
                + "V10__own_store_product_counts.sql, "
                + "V9__read_products_in_one_statement.sql, "
                + "V8__search_products.sql, "
                + "V7__let_buyers_pay_what_they_want.sql, "
                + "V6__check_text_by_code_point.sql, "
                + "V5__repair_store_product_counts.sql, V4__add_product_files_and_covers.sql, "
                + "V3__create_store_activity.sql, "
                + "V2__index_products_by_listing_time.sql\n");

        // --force: accounts' session_version column holds values, which alone would stop the downgrade earlier
        CommandRun dependedOn = db("downgrade", "--module", "accounts", "--target", "0", "--force");
        assertThat(dependedOn.exitCode()).isEqualTo(1);
        assertThat(dependedOn.out()).isEmpty();
        assertThat(dependedOn.err().lines()).singleElement().asString()
                .startsWith("yumroad db downgrade: refused to undo accounts V1__create_users.sql: other migrations depend on")
                .contains("constraint stores_owner_fk on table storefront.stores");

        CommandRun data = db("downgrade", "--module", "catalog", "--steps", "1");
        assertThat(data.exitCode()).isEqualTo(1);
        assertThat(data.err()).startsWith("yumroad db downgrade: refused to undo catalog V1__create_products_and_tags.sql: "
                + "would destroy data (table catalog.products holds rows)");

        CommandRun forced = db("downgrade", "--module", "catalog", "--steps", "1", "--force", "--json");
        assertThat(forced.exitCode()).isZero();
        Map<String, Object> result = JSON.readValue(forced.out(), Argument.mapOf(String.class, Object.class));
        assertThat(result).containsEntry("from", "1").containsEntry("to", null)
                .containsEntry("destroyed", List.of("table catalog.products holds rows"));
        assertThat(db("status").out()).contains("catalog        none     V1__create_products_and_tags.sql");
    }

    @Test
    void validatePassesCleanMigrationsAndExitsNonZeroOnAChangedOne() throws Exception {
        db("upgrade");
        CommandRun valid = db("validate");
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).startsWith("valid:");

        sql("update storefront.flyway_schema_history set checksum = 7 where version = '1'");

        CommandRun invalid = db("validate");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.out()).startsWith("! storefront V1__create_stores.sql: changed since it was applied (checksum 7 applied");
        assertThat(invalid.err().lines()).singleElement().asString().startsWith("yumroad db validate: 1 problem(s)");
        assertThat(db("validate", "--json").out()).startsWith("{\"valid\":false,\"problems\":[{\"module\":\"storefront\"");
        assertThat(db("status").out()).contains("! storefront V1__create_stores.sql: changed since it was applied");
    }

    @Test
    void newWritesTheNextMigrationAndItsTwinIntoTheCheckoutWithoutTouchingTheDatabase() throws Exception {
        Files.writeString(workingDirectory.resolve("pom.xml"), "<project/>");
        Path folder = Files.createDirectories(workingDirectory.resolve("modules/catalog/src/main/resources/db/migration/catalog"));
        Files.writeString(folder.resolve("V1__create_products_and_tags.sql"), "select 1;");
        Path inModule = workingDirectory.resolve("modules/catalog");
        String nowhere = "jdbc:postgresql://localhost:1/nothing";

        CommandRun created = CommandRun.run(nowhere, null, null, inModule, "db", "new", "--module", "catalog", "add weight to products");

        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).startsWith("""
                created modules/catalog/src/main/resources/db/migration/catalog/V2__add_weight_to_products.sql
                created modules/catalog/src/main/resources/db/migration/catalog/U2__add_weight_to_products.sql
                """);
        assertThat(folder.resolve("V2__add_weight_to_products.sql")).exists();
        assertThat(folder.resolve("U2__add_weight_to_products.sql")).exists();

        CommandRun unknown = CommandRun.run(nowhere, null, null, inModule, "db", "new", "--module", "billing", "x");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("yumroad db new: No module named 'billing'");
    }

    @Test
    void anUnknownCommandIsAUsageErrorAndAnUnreachableDatabaseOneLine() {
        assertThat(db("bogus").exitCode()).isEqualTo(2);

        CommandRun unreachable = CommandRun.run("jdbc:postgresql://localhost:1/nothing", null, null, workingDirectory,
                "db", "status");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err().lines()).singleElement().asString()
                .startsWith("yumroad db status: Cannot connect to PostgreSQL at jdbc:postgresql://localhost:1/nothing");
    }

    @Test
    void onlyCommandGroupsAreTakenFromTheServersArguments() {
        assertThat(YumroadCli.handles(new String[] {"db", "status"})).isTrue();
        assertThat(YumroadCli.handles(new String[] {})).isFalse();
        assertThat(YumroadCli.handles(new String[] {"-Dmicronaut.server.port=8081"})).isFalse();
    }

    private CommandRun db(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "db";
        System.arraycopy(args, 0, full, 1, args.length);
        return CommandRun.run(url, TestDatabase.server().user(), TestDatabase.server().password(), workingDirectory, full);
    }

    private void sql(String statements) throws Exception {
        try (Connection c = TestDatabase.server().connect(url); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }
}
