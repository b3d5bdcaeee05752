package com.yumroad.storefront.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.StoreOwnership;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnedStoresTest implements FreshDatabase {

    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    StoreOwnership ownership;

    @Test
    void storefrontTellsAccountsWhichStoreAUserOwns() {
        long owner = accounts.register(new Registration("has@example.com", "Has", "correct horse")).id();
        long other = accounts.register(new Registration("hasnt@example.com", "Hasnt", "correct horse")).id();
        Store store = storefront.open(owner, new NewStore("Owned store", null));

        assertThat(ownership.storeIdOf(owner)).contains(store.id());
        assertThat(ownership.storeIdOf(other)).isEmpty();
    }
}
