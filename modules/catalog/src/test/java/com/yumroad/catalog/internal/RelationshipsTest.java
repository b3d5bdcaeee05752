package com.yumroad.catalog.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.catalog.TagCount;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every relationship, in both directions: creator, store and tags of a product; products of a user, store, tag. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipsTest implements FreshDatabase {

    @Inject
    Catalog catalog;
    @Inject
    Sellers sellers;

    Sellers.Seller ada;
    Sellers.Seller grace;
    Product engine;
    Product notes;
    Product compiler;

    @BeforeAll
    void catalogue() {
        ada = sellers.newSeller("Ada");
        grace = sellers.newSeller("Grace");
        engine = catalog.create(ada.id(), new NewProduct("Analytical engine", "", 100L, List.of("hardware", "math")));
        notes = catalog.create(ada.id(), new NewProduct("Notes on the engine", "", 50L, List.of("math")));
        compiler = catalog.create(grace.id(), new NewProduct("A-0 compiler", "", 70L, List.of("software")));
    }

    @Test
    void aProductKnowsItsCreatorItsStoreAndItsTags() {
        Product found = catalog.find(engine.id()).orElseThrow();

        assertThat(found.creator()).isEqualTo(new Product.Creator(ada.id(), "Ada"));
        assertThat(found.store().id()).isEqualTo(ada.store().id());
        assertThat(found.store().name()).isEqualTo("Ada's store");
        assertThat(found.tags()).containsExactly("hardware", "math");
    }

    @Test
    void aUsersProductsAreTheOnesTheyCreated() {
        assertThat(ids(ProductQuery.byCreator(ada.id()))).containsExactly(notes.id(), engine.id());
        assertThat(ids(ProductQuery.byCreator(grace.id()))).containsExactly(compiler.id());
    }

    @Test
    void aStoresProductsAreTheOnesInIt() {
        assertThat(ids(ProductQuery.inStore(ada.store().id()))).containsExactly(notes.id(), engine.id());
        assertThat(ids(ProductQuery.inStore(grace.store().id()))).containsExactly(compiler.id());
    }

    @Test
    void aTagsProductsAreTheOnesCarryingItWhateverTheCaseAsked() {
        assertThat(ids(ProductQuery.taggedWith("math"))).containsExactly(notes.id(), engine.id());
        assertThat(ids(ProductQuery.taggedWith(" MATH "))).containsExactly(notes.id(), engine.id());
        assertThat(ids(ProductQuery.taggedWith("nothing"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(new ProductQuery(ada.id(), ada.store().id(), "hardware"))).containsExactly(engine.id());
        assertThat(ids(new ProductQuery(grace.id(), ada.store().id(), null))).isEmpty();
    }

    @Test
    void tagsAreListedWithTheirProductCounts() {
        assertThat(catalog.tags(1000, null).items()).containsExactly(
                new TagCount("math", 2), new TagCount("hardware", 1), new TagCount("software", 1));
        assertThat(catalog.popularTags(2)).containsExactly(new TagCount("math", 2), new TagCount("hardware", 1));
    }

    @Test
    void theDatabaseKeepsAProductInItsCreatorsStore() throws Exception {
        try (var c = connection()) {
            assertThatThrownBy(() -> c.createStatement().execute("""
                    insert into catalog.products (creator_id, store_id, name, price_cents)
                    values (%d, %d, 'Misplaced', 1)""".formatted(ada.id(), grace.store().id())))
                    .hasMessageContaining("products_store_of_creator_fk");
        }
    }

    private List<Long> ids(ProductQuery query) {
        return catalog.list(query, PageRequest.first(100)).items().stream().map(Product::id).toList();
    }
}
