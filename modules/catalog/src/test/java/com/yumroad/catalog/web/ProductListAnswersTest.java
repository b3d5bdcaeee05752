package com.yumroad.catalog.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.internal.Sellers;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A store's and a creator's pages of products are answered from memory once answered, and never stale: a change on
 * this instance shows at once, and a change made elsewhere (here a plain statement this instance did not make, which
 * only the database's notice can tell it about) shows when its notice arrives.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductListAnswersTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    @Inject
    StatementCounter statements;
    @Inject
    Sellers sellers;
    @Inject
    Elsewhere elsewhere;

    @Test
    void aPageAnsweredBeforeCostsNoStatementAndTheSameBytes() {
        Store store = newStore("Ada");
        catalog.create(store.ownerId(), product("Brush pack"));
        List<String> lists = lists(store);

        for (String list : lists) {
            String first = get(list);
            // the product's own notice may arrive after this first read and forget it once: the page is kept by the
            // read after that
            Eventually.await(list + " kept", () -> statements.count(() -> {
                assertThat(get(list)).isEqualTo(first);
            }), statements -> statements == 0);
            assertThat(first).contains("\"name\":\"Brush pack\"", "\"nextCursor\":null");
        }
    }

    @Test
    void addingChangingAndRemovingAProductShowsAtOnceInEveryListOfItsStoreAndCreator() {
        Store store = newStore("Grace");
        long first = catalog.create(store.ownerId(), product("Compiler notes")).id();
        lists(store).forEach(this::get);

        long second = catalog.create(store.ownerId(), product("Debugging tales")).id();
        lists(store).forEach(list -> assertThat(get(list)).as(list).contains("Debugging tales", "Compiler notes"));

        catalog.change(first, store.ownerId(), new ProductChanges("Compiler notes II", null, null, null));
        lists(store).forEach(list -> assertThat(get(list)).as(list).contains("Compiler notes II"));

        catalog.remove(second, store.ownerId());
        lists(store).forEach(list -> assertThat(get(list)).as(list).doesNotContain("Debugging tales"));
    }

    @Test
    void aChangeMadeElsewhereShowsWhenItsNoticeArrives() {
        Store store = newStore("Linus");
        long id = catalog.create(store.ownerId(), product("Kernel notes")).id();
        lists(store).forEach(this::get);

        elsewhere.sql("update catalog.products set name = 'Kernel notes, revised' where id = " + id);

        for (String list : lists(store)) {
            assertThat(Eventually.await(list, () -> get(list), page -> page.contains("Kernel notes, revised")))
                    .as(list).doesNotContain("\"Kernel notes\"");
        }
    }

    @Test
    void renamingTheStoreOrItsOwnerShowsAtOnce() {
        Store store = newStore("Barbara");
        catalog.create(store.ownerId(), product("Substitution"));
        lists(store).forEach(this::get);

        storefront.change(store.id(), store.ownerId(), new StoreChanges("Liskov's shop", null));
        accounts.rename(store.ownerId(), "Barbara L.");

        lists(store).forEach(list -> assertThat(get(list)).as(list).contains("Liskov's shop", "Barbara L."));
    }

    @Test
    void aClosedStoreAndADeletedUserAreNotFoundThoughTheirPagesWereAnswered() {
        Store store = newStore("Edsger");
        catalog.create(store.ownerId(), product("Goto considered"));
        lists(store).forEach(this::get);

        storefront.close(store.id(), store.ownerId());
        assertThat(status("/api/v1/stores/" + store.id() + "/products")).isEqualTo(404);
        assertThat(get("/api/v1/products?store=" + store.id())).contains("\"items\":[]");

        accounts.delete(store.ownerId());
        assertThat(status("/api/v1/users/" + store.ownerId() + "/products")).isEqualTo(404);
    }

    @Test
    void anEmptyPageIsNotRememberedSoItsStoreCanStillBeClosed() {
        Store store = newStore("Alan");
        get("/api/v1/stores/" + store.id() + "/products");

        storefront.close(store.id(), store.ownerId());

        assertThat(status("/api/v1/stores/" + store.id() + "/products")).isEqualTo(404);
    }

    @Test
    void linksFollowTheAddressTheClientUsed() {
        Store store = newStore("Tim");
        catalog.create(store.ownerId(), product("Hypertext"));
        String path = "/api/v1/stores/" + store.id() + "/products";
        get(path);

        String elsewhere = client.toBlocking().retrieve(HttpRequest.GET(path).header("Host", "shop.example"));

        assertThat(elsewhere).contains("\"url\":\"http://shop.example/products/");
    }

    @Test
    void pagesAfterTheFirstAreRememberedApartAndABadCursorStillAnswers400() {
        Store store = newStore("Donald");
        catalog.create(store.ownerId(), product("Volume 1"));
        catalog.create(store.ownerId(), product("Volume 2"));
        String firstPage = get("/api/v1/stores/" + store.id() + "/products?limit=1");
        String cursor = firstPage.replaceAll(".*\"nextCursor\":\"([^\"]+)\".*", "$1");

        assertThat(get("/api/v1/stores/" + store.id() + "/products?limit=1&cursor=" + cursor))
                .contains("Volume 1").doesNotContain("Volume 2");
        assertThat(status("/api/v1/stores/" + store.id() + "/products?limit=1&cursor=nonsense")).isEqualTo(400);
    }

    private static List<String> lists(Store store) {
        return List.of("/api/v1/stores/" + store.id() + "/products", "/api/v1/products?store=" + store.id(),
                "/api/v1/users/" + store.ownerId() + "/products", "/api/v1/products?creator=" + store.ownerId());
    }

    private String get(String path) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString())
                .isEqualTo("application/json"));
        return response.body();
    }

    private int status(String path) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(path), String.class));
        return e == null ? 200 : e.getStatus().getCode();
    }

    private Store newStore(String name) {
        return sellers.newSeller(name).store();
    }

    private static NewProduct product(String name) {
        return new NewProduct(name, "", 500L, List.of("test"));
    }
}
