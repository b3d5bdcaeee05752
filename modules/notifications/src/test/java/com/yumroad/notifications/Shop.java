package com.yumroad.notifications;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.WebSession;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sellers, stores and products through the other modules' APIs, and purchases as a buyer makes them (test mode). */
@Singleton
public class Shop {

    public static final String PASSWORD = "correct horse";

    private final Accounts accounts;
    private final Storefront storefront;
    private final Catalog catalog;

    Shop(Accounts accounts, Storefront storefront, Catalog catalog) {
        this.accounts = accounts;
        this.storefront = storefront;
        this.catalog = catalog;
    }

    public record Seller(long id, String email) {
    }

    public Seller seller(String name, String storeName) {
        String email = "seller-" + UUID.randomUUID() + "@example.com";
        long id = accounts.register(new Registration(email, name, PASSWORD)).id();
        storefront.open(id, new NewStore(storeName, null));
        return new Seller(id, email);
    }

    public Product product(Seller seller, String name, long priceCents) {
        return catalog.create(seller.id(), new NewProduct(name, "", priceCents, List.of()));
    }

    /** Checks out with the test card: answers the receipt path the buyer lands on. */
    public static String buy(HttpClient client, Product product, String buyerEmail) {
        WebSession buyer = new WebSession(client);
        HttpResponse<String> started = buyer.post("/checkout/" + product.id(), Map.of("email", buyerEmail));
        String payPage = started.header("Location");
        HttpResponse<String> paid = buyer.post(payPage, Map.of("card", "4242 4242 4242 4242"));
        if (paid.code() != 303) {
            throw new AssertionError("the test card did not pay: " + paid.code());
        }
        return paid.header("Location");
    }
}
