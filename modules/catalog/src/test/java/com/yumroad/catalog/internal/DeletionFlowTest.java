package com.yumroad.catalog.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.TagCount;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deleting around the modules: nothing outlives what it hangs on, and the foreign keys prove it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeletionFlowTest implements FreshDatabase {

    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    @Inject
    Sellers sellers;

    @Test
    void deletingAUserTakesTheirStoreAndProductsInOneTransaction() throws Exception {
        var seller = sellers.newSeller("Leaving");
        Product product = catalog.create(seller.id(), new NewProduct("Last product", "", 100L, List.of("farewell")));

        accounts.delete(seller.id());

        assertThat(accounts.find(seller.id())).isEmpty();
        assertThat(storefront.find(seller.store().id())).isEmpty();
        assertThat(catalog.find(product.id())).isEmpty();
        assertThat(catalog.tags(1000, null).items()).extracting(TagCount::name).doesNotContain("farewell");
        assertThat(countRows(seller.store().id())).as("the store's count and its changes").isZero();
    }

    @Test
    void closingAStoreTakesItsProducts() throws Exception {
        var seller = sellers.newSeller("Closing");
        Product product = catalog.create(seller.id(), new NewProduct("Closing sale", "", 100L, null));

        storefront.close(seller.store().id(), seller.id());

        assertThat(catalog.find(product.id())).isEmpty();
        assertThat(accounts.find(seller.id())).isPresent();
        assertThat(countRows(seller.store().id())).as("the store's count and its changes").isZero();
        assertThat(catalog.productCounts(List.of(seller.store().id()))).containsEntry(seller.store().id(), 0);
        assertThat(catalog.mostStocked(1000)).noneMatch(c -> c.storeId() == seller.store().id());
    }

    private long countRows(long storeId) throws Exception {
        try (var c = connection(); var st = c.createStatement(); var rs = st.executeQuery(
                "select (select count(*) from catalog.store_product_counts where store_id = %d) + (select count(*) "
                        .formatted(storeId) + "from catalog.product_count_changes where store_id = " + storeId + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theForeignKeysRefuseToOrphanProducts() throws Exception {
        var seller = sellers.newSeller("Guarded");
        Product product = catalog.create(seller.id(), new NewProduct("Guarded product", "", 100L, null));

        try (var c = connection()) {
            assertThatThrownBy(() -> c.createStatement().execute(
                    "delete from storefront.stores where id = " + seller.store().id()))
                    .hasMessageContaining("products_store");
        }
        assertThat(catalog.find(product.id())).isPresent();
    }

    @Test
    void aFailingReactionRollsTheWholeDeletionBack() throws Exception {
        var seller = sellers.newSeller("Stubborn");
        Product product = catalog.create(seller.id(), new NewProduct("Stubborn product", "", 100L, null));
        try (var c = connection()) {
            // A rule that makes catalog's clean-up fail: the user's deletion must then change nothing at all.
            c.createStatement().execute("""
                    create function catalog.refuse() returns trigger language plpgsql as
                    $$ begin raise exception 'products are staying'; end $$;
                    create trigger refuse before delete on catalog.products
                    for each row when (old.id = %d) execute function catalog.refuse()""".formatted(product.id()));
        }
        try {
            assertThatThrownBy(() -> accounts.delete(seller.id())).hasMessageContaining("products are staying");
            assertThat(accounts.find(seller.id())).isPresent();
            assertThat(storefront.find(seller.store().id())).isPresent();
            assertThat(catalog.find(product.id())).isPresent();
        } finally {
            try (var c = connection()) {
                c.createStatement().execute("drop trigger refuse on catalog.products; drop function catalog.refuse()");
            }
        }
    }
}
