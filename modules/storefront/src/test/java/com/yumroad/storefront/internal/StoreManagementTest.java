package com.yumroad.storefront.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.StoreOpened;
import com.yumroad.storefront.StoreRenamed;
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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreManagementTest implements FreshDatabase {

    @Singleton
    static class Announcements {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(StoreOpened event) {
            events.add(event);
        }

        @EventListener
        void on(StoreRenamed event) {
            events.add(event);
        }
    }

    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Announcements announcements;

    @Test
    void anOwnerOpensAStoreWithAStrippedNameAndAPublicSlug() {
        long owner = newUser();

        Store store = storefront.open(owner, new NewStore("  Crème Brûlée Co.  ", "  Desserts  "));

        assertThat(store.name()).isEqualTo("Crème Brûlée Co.");
        assertThat(store.description()).isEqualTo("Desserts");
        assertThat(store.slug()).isEqualTo("creme-brulee-co");
        assertThat(storefront.ofOwner(owner)).contains(store);
        assertThat(storefront.findBySlug("creme-brulee-co")).contains(store);
        assertThat(announcements.events).contains(new StoreOpened(store.id(), owner, "Crème Brûlée Co."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "      ", "abc", "  abc  ", " a b "})
    void aNameOfThreeCharactersOrFewerAfterStrippingIsRefused(String name) throws Exception {
        long owner = newUser();

        assertThatThrownBy(() -> storefront.open(owner, new NewStore(name, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("name", "Store name must be longer than 3 characters")));
        assertThat(storefront.ofOwner(owner)).isEmpty();
    }

    @Test
    void fourCharactersAreEnoughAndTwoHundredFiftySixTooMany() {
        assertThat(storefront.open(newUser(), new NewStore("  abcd ", null)).name()).isEqualTo("abcd");
        assertThatThrownBy(() -> storefront.open(newUser(), new NewStore("x".repeat(256), null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDatabaseRefusesAShortNameEvenIfTheDomainWereBypassed() throws Exception {
        long owner = newUser();
        try (var c = connection()) {
            assertThatThrownBy(() -> c.createStatement().execute(
                    "insert into storefront.stores (owner_id, name, slug) values (" + owner + ", '  abc  ', 'x')"))
                    .hasMessageContaining("stores_name_length");
        }
    }

    @Test
    void aSecondStoreForTheSameOwnerIsAConflictAndChangesNothing() {
        long owner = newUser();
        Store first = storefront.open(owner, new NewStore("First shop", null));

        assertThatThrownBy(() -> storefront.open(owner, new NewStore("Second shop", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(storefront.ofOwner(owner)).contains(first);
    }

    @Test
    void twoRacingOpeningsForOneOwnerGiveOneStoreAndOneConflict() throws Exception {
        long owner = newUser();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Store>> attempts = new ArrayList<>();
        for (String name : List.of("Racing shop one", "Racing shop two")) {
            attempts.add(pool.submit(() -> {
                start.await();
                return storefront.open(owner, new NewStore(name, null));
            }));
        }
        start.countDown();
        int opened = 0;
        int conflicts = 0;
        for (Future<Store> attempt : attempts) {
            try {
                attempt.get();
                opened++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(opened).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
    }

    @Test
    void sameNamesGetDistinctSlugs() {
        Store a = storefront.open(newUser(), new NewStore("Twin Peaks", null));
        Store b = storefront.open(newUser(), new NewStore("Twin Peaks", null));

        assertThat(a.slug()).isEqualTo("twin-peaks");
        assertThat(b.slug()).startsWith("twin-peaks-").isNotEqualTo(a.slug());
    }

    @Test
    void theOwnerRenamesAndDescribesTheStoreKeepingItsAddress() {
        long owner = newUser();
        Store store = storefront.open(owner, new NewStore("Old name", "Old words"));

        Store changed = storefront.change(store.id(), owner, new StoreChanges(" New name ", ""));

        assertThat(changed.name()).isEqualTo("New name");
        assertThat(changed.description()).isNull();
        assertThat(changed.slug()).isEqualTo(store.slug());
        assertThat(storefront.find(store.id())).contains(changed);
        assertThat(announcements.events).contains(new StoreRenamed(store.id(), "Old name", "New name"));
    }

    @Test
    void onlyTheOwnerMayChangeOrCloseTheStore() {
        long owner = newUser();
        long stranger = newUser();
        Store store = storefront.open(owner, new NewStore("Mine alone", null));

        assertThatThrownBy(() -> storefront.change(store.id(), stranger, new StoreChanges("Taken over", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> storefront.close(store.id(), stranger)).isInstanceOf(ForbiddenException.class);
        assertThat(storefront.find(store.id())).contains(store);
    }

    @Test
    void storesAreFetchedInBatches() {
        Store a = storefront.open(newUser(), new NewStore("Batch one", null));
        Store b = storefront.open(newUser(), new NewStore("Batch two", null));

        assertThat(storefront.stores(List.of(a.id(), b.id(), -5L))).containsOnlyKeys(a.id(), b.id());
    }

    private long newUser() {
        return accounts.register(new Registration(UUID.randomUUID() + "@example.com", "Someone", "correct horse")).id();
    }
}
