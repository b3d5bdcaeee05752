package com.yumroad.catalog.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.UserSummary;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Makes users with stores for catalog tests, through the other modules' public APIs. */
@Singleton
public class Sellers {

    /** Every user's password, to log in with. */
    public static final String PASSWORD = "correct horse";

    public record Seller(UserSummary user, Store store) {
        public long id() {
            return user.id();
        }
    }

    private final Accounts accounts;
    private final Storefront storefront;

    Sellers(Accounts accounts, Storefront storefront) {
        this.accounts = accounts;
        this.storefront = storefront;
    }

    /** A new user, with a new address, and the store they opened, named after them. */
    public Seller newSeller(String name) {
        UserSummary user = newUserWithoutStore(name);
        return new Seller(user, storefront.open(user.id(), new NewStore(name + "'s store", null)));
    }

    UserSummary newUserWithoutStore(String name) {
        return accounts.register(new Registration(UUID.randomUUID() + "@example.com", name, PASSWORD));
    }
}
