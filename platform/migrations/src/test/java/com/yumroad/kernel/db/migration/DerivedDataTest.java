package com.yumroad.kernel.db.migration;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;

import static com.yumroad.kernel.db.migration.MigrationFixture.execute;
import static org.assertj.core.api.Assertions.assertThat;

/** A copy kept for reads (a table or column commented "derived:") holds no data of its own: an undo may drop it. */
class DerivedDataTest {

    @Test
    void aDerivedTableWithRowsHoldsNoDataButAPlainOneDoes() throws Exception {
        DataSource database = MigrationFixture.freshDatabase();
        execute(database, """
                create schema shop;
                create table shop.names (id int);
                create table shop.copies (id int);
                comment on table shop.copies is 'derived: names copied from another module, for reads';
                insert into shop.names values (1);
                insert into shop.copies values (1);""");

        try (Connection connection = database.getConnection()) {
            assertThat(new SchemaContents.Removal("shop", "names", null).holdsData(connection)).isTrue();
            assertThat(new SchemaContents.Removal("shop", "copies", null).holdsData(connection)).isFalse();
        }
    }
}
