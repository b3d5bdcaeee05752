package com.yumroad.sales;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Sellers with a store and a product, made through the other modules' public APIs. */
@Singleton
public class SalesFixture {

    public static final String PASSWORD = "correct horse";

    private final Accounts accounts;
    private final Storefront storefront;
    private final Catalog catalog;

    SalesFixture(Accounts accounts, Storefront storefront, Catalog catalog) {
        this.accounts = accounts;
        this.storefront = storefront;
        this.catalog = catalog;
    }

    public record Seller(long id, String email, long storeId) {
    }

    public Seller seller(String name) {
        String email = UUID.randomUUID() + "@example.com";
        long id = accounts.register(new Registration(email, name, PASSWORD)).id();
        long storeId = storefront.open(id, new NewStore(name + "'s shop", null)).id();
        return new Seller(id, email, storeId);
    }

    public Product product(Seller seller, String name, long priceCents) {
        return catalog.create(seller.id(), new NewProduct(name, "", priceCents, List.of()));
    }

    /** A product whose price is the minimum: the buyer chooses the amount. */
    public Product payWhatYouWant(Seller seller, String name, long minimumCents) {
        return catalog.create(seller.id(), new NewProduct(name, "", minimumCents, List.of(), true));
    }
}
