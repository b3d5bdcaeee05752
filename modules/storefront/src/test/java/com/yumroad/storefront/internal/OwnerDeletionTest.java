package com.yumroad.storefront.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.UserSummary;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreClosed;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerDeletionTest implements FreshDatabase {

    @Singleton
    static class Closures {
        final List<StoreClosed> closed = new CopyOnWriteArrayList<>();

        @EventListener
        void on(StoreClosed event) {
            closed.add(event);
        }
    }

    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Closures closures;

    @Test
    void deletingAUserClosesTheirStoreInTheSameTransaction() {
        UserSummary owner = accounts.register(new Registration("owner@example.com", "Owner", "correct horse"));
        Store store = storefront.open(owner.id(), new NewStore("Owner's shop", null));

        accounts.delete(owner.id());

        assertThat(storefront.find(store.id())).isEmpty();
        assertThat(closures.closed).contains(new StoreClosed(store.id(), owner.id()));
    }

    @Test
    void theForeignKeyRefusesToLeaveAStoreWithoutItsOwner() throws Exception {
        UserSummary owner = accounts.register(new Registration("kept@example.com", "Kept", "correct horse"));
        storefront.open(owner.id(), new NewStore("Kept shop", null));

        try (var c = connection()) {
            assertThatThrownBy(() -> c.createStatement().execute("delete from accounts.users where id = " + owner.id()))
                    .hasMessageContaining("stores_owner_fk");
        }
        assertThat(storefront.ofOwner(owner.id())).isPresent();
    }

    @Test
    void theStorefrontSuiteMigratesAccountsAndStorefrontOnly() throws Exception {
        try (var c = connection(); var rs = c.createStatement().executeQuery("""
                select string_agg(nspname, ',' order by nspname) from pg_namespace
                where nspname in ('accounts', 'storefront', 'catalog')""")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("accounts,storefront");
        }
    }
}
