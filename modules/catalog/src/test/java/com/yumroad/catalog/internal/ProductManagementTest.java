package com.yumroad.catalog.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.ProductPublished;
import com.yumroad.catalog.ProductRemoved;
import com.yumroad.catalog.ProductUpdated;
import com.yumroad.catalog.StoreProductCount;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductManagementTest implements FreshDatabase {

    @Singleton
    static class Announcements {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ProductPublished event) {
            events.add(event);
        }

        @EventListener
        void on(ProductUpdated event) {
            events.add(event);
        }

        @EventListener
        void on(ProductRemoved event) {
            events.add(event);
        }
    }

    @Inject
    Catalog catalog;
    @Inject
    Storefront storefront;
    @Inject
    Sellers sellers;
    @Inject
    Announcements announcements;
    @Inject
    ProductRepository products;
    @Inject
    ProductCountFolding folding;

    private int countOf(long storeId) {
        return catalog.productCounts(List.of(storeId)).get(storeId);
    }

    @Test
    void aProductJoinsItsCreatorsStoreWithNormalisedTags() {
        var seller = sellers.newSeller("Ada");

        Product product = catalog.create(seller.id(), new NewProduct("  Analytical Engine  ", " Computes ", 1250L,
                List.of(" Machines", "machines", "MATH ", "  ")));

        assertThat(product.name()).isEqualTo("Analytical Engine");
        assertThat(product.description()).isEqualTo("Computes");
        assertThat(product.priceCents()).isEqualTo(1250);
        assertThat(product.currency()).isEqualTo("USD");
        assertThat(product.creator()).isEqualTo(new Product.Creator(seller.id(), "Ada"));
        assertThat(product.store()).isEqualTo(new Product.Shop(seller.store().id(), seller.store().name(), seller.store().slug()));
        assertThat(product.tags()).containsExactly("machines", "math");
        assertThat(catalog.find(product.id())).contains(product);
        assertThat(announcements.events).contains(
                new ProductPublished(product.id(), seller.store().id(), seller.id(), "Analytical Engine"));
    }

    @Test
    void addingAProductCountsItOnItsStore() {
        var seller = sellers.newSeller("Counter");

        catalog.create(seller.id(), new NewProduct("First thing", "", 100L, null));
        Product second = catalog.create(seller.id(), new NewProduct("Second thing", "", 100L, null));
        assertThat(countOf(seller.store().id())).isEqualTo(2);

        catalog.remove(second.id(), seller.id());
        assertThat(countOf(seller.store().id())).isEqualTo(1);
        assertThat(catalog.productCounts(List.of(seller.store().id(), -1L)))
                .as("one read for many stores; a store catalog does not know counts 0")
                .isEqualTo(Map.of(seller.store().id(), 1, -1L, 0));
    }

    @Test
    void aFoldMovesTheChangesIntoTheCountWithoutChangingIt() throws Exception {
        var seller = sellers.newSeller("Folder");
        for (int i = 0; i < 3; i++) {
            catalog.create(seller.id(), new NewProduct("Folded thing " + i, "", 100L, null));
        }

        folding.fold();

        assertThat(countOf(seller.store().id())).isEqualTo(3);
        try (var c = connection(); var st = c.createStatement(); var rs = st.executeQuery(
                "select product_count, (select count(*) from catalog.product_count_changes where store_id = " + seller.store().id()
                        + ") from catalog.store_product_counts where store_id = " + seller.store().id())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("folded").isEqualTo(3);
            assertThat(rs.getInt(2)).as("changes left").isZero();
        }
    }

    /**
     * A publication takes no lock that another publication in the same store, or a fold, holds until it commits: one
     * seller's publications at once do not wait for each other (catalog V10).
     */
    @Test
    void aPublicationWaitsNeitherForAnotherInTheSameStoreNorForAFold() throws Exception {
        var seller = sellers.newSeller("Busy");
        long store = seller.store().id();
        try (var other = connection()) {
            other.setAutoCommit(false);
            try (var st = other.createStatement()) {
                // what an uncommitted publication in this store holds, and what a fold holds
                st.execute("select 1 from storefront.stores where id = " + store + " for key share");
                st.execute("with counted as (insert into catalog.store_product_counts (store_id, product_count) values ("
                        + store + ", 0) on conflict (store_id) do nothing) "
                        + "insert into catalog.product_count_changes (store_id, delta) values (" + store + ", 1)");
                st.execute("select 1 from catalog.store_product_counts where store_id = " + store
                        + " for no key update");
                st.execute("set statement_timeout = '20s'");
            }
            Product published = CompletableFuture.supplyAsync(() -> catalog.create(seller.id(),
                    new NewProduct("Not waiting", "", 100L, null))).get(10, TimeUnit.SECONDS);
            assertThat(countOf(store)).as("the other publication has not committed").isEqualTo(1);
            other.rollback();
            catalog.remove(published.id(), seller.id());
            assertThat(countOf(store)).isZero();
        }
    }

    @Test
    void theMostStockedStoresComeFirstThenTheNewestWithoutProducts() {
        var few = sellers.newSeller("Few");
        var many = sellers.newSeller("Many");
        var none = sellers.newSeller("None");
        catalog.create(few.id(), new NewProduct("Lonely thing", "", 100L, null));
        for (int i = 0; i < 2; i++) {
            catalog.create(many.id(), new NewProduct("Crowded thing " + i, "", 100L, null));
        }
        folding.fold(); // the order is by the folded count

        List<StoreProductCount> top = catalog.mostStocked(1000);

        assertThat(top).containsSubsequence(new StoreProductCount(many.store().id(), 2),
                new StoreProductCount(few.store().id(), 1), new StoreProductCount(none.store().id(), 0));
        assertThat(catalog.mostStocked(1)).hasSize(1);
    }

    @Test
    void withoutAStoreThereIsNothingToAddTo() {
        var user = sellers.newUserWithoutStore("Storeless");
        long before = products.count();

        assertThatThrownBy(() -> catalog.create(user.id(), new NewProduct("Orphan product", "", 100L, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("store", "Open a store before adding products")));
        assertThat(products.count()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "    ", "abc", "  abc  "})
    void aNameOfThreeCharactersOrFewerAfterStrippingIsRefused(String name) {
        var seller = sellers.newSeller("Namer");

        assertThatThrownBy(() -> catalog.create(seller.id(), new NewProduct(name, "", 100L, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("name"));
        assertThat(countOf(seller.store().id())).isEqualTo(0);
    }

    @Test
    void priceAndTagsAreChecked() {
        var seller = sellers.newSeller("Pricer");
        String[] elevenTags = new String[11];
        Arrays.setAll(elevenTags, i -> "tag" + i);

        assertThatThrownBy(() -> catalog.create(seller.id(), new NewProduct("Free lunch", "", -1L, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("priceCents", "Price cannot be negative")));
        assertThatThrownBy(() -> catalog.create(seller.id(), new NewProduct("No price", "", null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> catalog.create(seller.id(), new NewProduct("Many tags", "", 0L, List.of(elevenTags))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("tags"));
        assertThat(catalog.create(seller.id(), new NewProduct("Free sample", "", 0L, null)).priceCents()).isZero();
    }

    @Test
    void theCreatorChangesFieldsAndTags() {
        var seller = sellers.newSeller("Changer");
        Product product = catalog.create(seller.id(), new NewProduct("Old product", "old", 100L, List.of("a", "b")));

        Product changed = catalog.change(product.id(), seller.id(), new ProductChanges(null, null, 1999L, List.of("c")));

        assertThat(changed.name()).isEqualTo("Old product");
        assertThat(changed.priceCents()).isEqualTo(1999);
        assertThat(changed.tags()).containsExactly("c");
        assertThat(announcements.events).contains(new ProductUpdated(product.id(), seller.store().id(), "Old product"));
        assertThat(catalog.change(product.id(), seller.id(), new ProductChanges("New product", null, null, null)).tags())
                .as("tags are kept when not given").containsExactly("c");
    }

    @Test
    void onlyTheCreatorChangesOrRemovesAProduct() {
        var owner = sellers.newSeller("Owner");
        var other = sellers.newSeller("Other");
        Product product = catalog.create(owner.id(), new NewProduct("Precious", "", 100L, List.of("gold")));

        assertThatThrownBy(() -> catalog.change(product.id(), other.id(), new ProductChanges("Stolen", null, 0L, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> catalog.remove(product.id(), other.id())).isInstanceOf(ForbiddenException.class);
        assertThat(catalog.find(product.id())).contains(product);
    }

    @Test
    void removingAProductAnnouncesIt() {
        var seller = sellers.newSeller("Remover");
        Product product = catalog.create(seller.id(), new NewProduct("Short lived", "", 100L, List.of("gone")));

        catalog.remove(product.id(), seller.id());

        assertThat(catalog.find(product.id())).isEmpty();
        assertThat(announcements.events).contains(new ProductRemoved(product.id(), seller.store().id(), "Short lived"));
    }
}
