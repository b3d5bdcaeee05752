package com.yumroad.catalog.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.paging.InvalidCursorException;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Deliveries of after-commit events run on other threads at their own time: keep them out of the counts.
@Property(name = "yumroad.events.dispatch-after-commit", value = "false")
@Property(name = "yumroad.events.scheduler.enabled", value = "false")
class PagingTest implements FreshDatabase {

    private static final int SELLERS = 6;
    private static final int PRODUCTS_EACH = 20;

    @Inject
    Catalog catalog;
    @Inject
    Sellers sellers;
    @Inject
    StatementCounter statements;

    final List<Long> created = new ArrayList<>();
    Sellers.Seller first;

    @BeforeAll
    void manyProductsFromManySellers() {
        for (int s = 0; s < SELLERS; s++) {
            var seller = sellers.newSeller("Seller " + s);
            first = first == null ? seller : first;
            for (int p = 0; p < PRODUCTS_EACH; p++) {
                created.add(catalog.create(seller.id(), new NewProduct("Product " + s + "-" + p, "", 100L + p,
                        List.of("tag" + (p % 3), "shared"))).id());
            }
        }
    }

    @Test
    void walkingEveryPageSeesEveryProductOnceNewestFirst() {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Product> page = catalog.list(ProductQuery.all(), new PageRequest(7, cursor));
            page.items().forEach(p -> seen.add(p.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).hasSize(SELLERS * PRODUCTS_EACH).doesNotHaveDuplicates()
                .containsExactlyElementsOf(newestFirst());
        assertThat(pages).isEqualTo((SELLERS * PRODUCTS_EACH + 6) / 7);
    }

    private List<Long> newestFirst() {
        List<Long> ids = new ArrayList<>(created);
        java.util.Collections.reverse(ids);
        return ids;
    }

    @Test
    void aCursorFromAnotherListIsRefused() {
        String storeCursor = catalog.list(ProductQuery.inStore(first.store().id()), PageRequest.first(5)).nextCursor();

        assertThat(storeCursor).isNotNull();
        assertThatThrownBy(() -> catalog.list(ProductQuery.all(), new PageRequest(5, storeCursor)))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> catalog.list(ProductQuery.all(), new PageRequest(5, "garbage")))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aPageCostsTheSameFewStatementsWhateverItsSize() {
        var one = statements.count(() -> catalog.list(ProductQuery.all(), PageRequest.first(1)));
        var hundred = statements.count(() -> catalog.list(ProductQuery.all(), PageRequest.first(100)));
        var tagPage = statements.count(() -> catalog.list(ProductQuery.taggedWith("shared"), PageRequest.first(100)));

        assertThat(one.result().items()).hasSize(1);
        assertThat(hundred.result().items()).hasSize(100);
        assertThat(hundred.result().items()).allSatisfy(p -> assertThat(p.tags()).contains("shared"));
        assertThat(hundred.result().items().stream().map(p -> p.creator().id()).distinct()).hasSizeGreaterThan(1);
        // products with their creators' and stores' names and their tags: catalog.product_cards
        assertThat(one.statements()).isEqualTo(1);
        assertThat(hundred.statements()).isEqualTo(one.statements());
        assertThat(tagPage.statements()).isEqualTo(one.statements());
    }

    @Test
    void aProductCostsOneStatementAndNoneOnceRemembered() {
        long id = created.get(created.size() - 1);
        var first = statements.count(() -> catalog.find(id));
        var again = statements.count(() -> catalog.find(id));

        assertThat(first.result()).isPresent();
        assertThat(first.result().get().creator().name()).isNotBlank();
        assertThat(first.result().get().store().name()).isNotBlank();
        assertThat(first.statements()).isEqualTo(1);
        assertThat(again.result()).isEqualTo(first.result());
        assertThat(again.statements()).isZero();
    }
}
