package com.yumroad.catalog.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Products are remembered per instance and forgotten when they change: here on commit, elsewhere when the database's
 * notice arrives. "Another instance" is played by statements this instance did not make (a plain UPDATE), which only
 * the notice can tell it about.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductCacheTest implements FreshDatabase {

    @Inject
    Catalog catalog;
    @Inject
    Sellers sellers;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    ProductCache cache;
    @Inject
    ProductRepository rows;
    @Inject
    StatementCounter statements;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aChangeIsReadAtOnceOnTheInstanceThatMadeIt() {
        var seller = sellers.newSeller("Ada");
        long id = catalog.create(seller.id(), new NewProduct("Brush pack", "", 500L, List.of("brushes"))).id();
        catalog.find(id);

        catalog.change(id, seller.id(), new ProductChanges("Brush pack II", null, 700L, null));

        assertThat(catalog.find(id)).get().extracting(Product::name, Product::priceCents)
                .containsExactly("Brush pack II", 700L);
    }

    @Test
    void aChangeMadeElsewhereIsForgottenWhenItsNoticeArrives() {
        var seller = sellers.newSeller("Grace");
        long id = catalog.create(seller.id(), new NewProduct("Field guide", "", 900L, List.of())).id();
        catalog.find(id);
        assertThat(statements.count(() -> catalog.find(id)).statements()).isZero();

        transactions.executeWrite(status -> jdbc.prepareStatement(
                "update catalog.products set price_cents = 1200 where id = ?", ps -> {
                    ps.setLong(1, id);
                    return ps.executeUpdate();
                }));

        assertThat(eventually(() -> catalog.find(id).map(Product::priceCents).orElseThrow(), 1200L)).isEqualTo(1200L);
    }

    @Test
    void aRemovedProductIsGoneEverywhere() {
        var seller = sellers.newSeller("Linus");
        long id = catalog.create(seller.id(), new NewProduct("Kernel notes", "", 0L, List.of())).id();
        catalog.find(id);

        catalog.remove(id, seller.id());

        assertThat(catalog.find(id)).isEmpty();
    }

    @Test
    void renamingTheStoreOrItsOwnerShowsOnTheirProductsAtOnce() {
        var seller = sellers.newSeller("Barbara");
        long id = catalog.create(seller.id(), new NewProduct("Liskov's lessons", "", 100L, List.of())).id();
        catalog.find(id);

        storefront.change(seller.store().id(), seller.id(), new StoreChanges("Substitution shop", null));
        accounts.rename(seller.id(), "Barbara L.");

        Product read = catalog.find(id).orElseThrow();
        assertThat(read.store().name()).isEqualTo("Substitution shop");
        assertThat(read.creator().name()).isEqualTo("Barbara L.");
        assertThat(read.store().slug()).isEqualTo(seller.store().slug());
    }

    @Test
    void aReadThatRacesAChangeIsNotRemembered() {
        var seller = sellers.newSeller("Edsger");
        long id = catalog.create(seller.id(), new NewProduct("Goto considered", "", 100L, List.of())).id();

        // The read takes its value, then a change is forgotten before the value is put: it must not stay.
        Optional<Product> raced = cache.find(id, productId -> {
            Optional<Product> old = catalog.find(productId);
            cache.changed(rows.findById(productId).orElseThrow());
            return old;
        });

        assertThat(raced).isPresent();
        assertThat(statements.count(() -> catalog.find(id)).statements()).isEqualTo(1);
    }

    private static <T> T eventually(Supplier<T> read, T expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        T seen = read.get();
        while (!seen.equals(expected) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            seen = read.get();
        }
        return seen;
    }
}
