package com.yumroad.catalog.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Catalog's copy of a store's names is written by its first product, and only a committed one counts. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerNamesTest implements FreshDatabase {

    @Inject
    Catalog catalog;
    @Inject
    Sellers sellers;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aRolledBackFirstProductLeavesTheNamesToTheNextOne() throws SQLException {
        var seller = sellers.newSeller("Grace");

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            catalog.create(seller.id(), new NewProduct("Compiler", "A first", 500L, List.of()));
            throw new IllegalStateException("the caller gives up");
        })).hasMessageContaining("gives up");
        assertThat(namedStores(seller.store().id())).isZero();

        Product product = catalog.create(seller.id(), new NewProduct("Compiler", "A second", 500L, List.of()));

        assertThat(namedStores(seller.store().id())).isOne();
        assertThat(catalog.find(product.id())).hasValueSatisfying(found -> {
            assertThat(found.store().name()).isEqualTo("Grace's store");
            assertThat(found.creator().name()).isEqualTo("Grace");
        });
    }

    private int namedStores(long storeId) throws SQLException {
        try (Connection c = connection(); var s = c.prepareStatement("select count(*) from catalog.sellers where store_id = ?")) {
            s.setLong(1, storeId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
