package com.yumroad.delivery.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.delivery.Downloads;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The seller caps downloads on a web form: saved, cleared, refused beside the field, and only by the creator. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class DownloadLimitPageTest implements FreshDatabase {

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
    Downloads downloads;

    long product;

    @BeforeAll
    void aSellerWithAProduct() {
        long seller = accounts.register(new Registration("capper@example.com", "Capper", "correct horse")).id();
        storefront.open(seller, new NewStore("Caps", null));
        accounts.register(new Registration("other@example.com", "Other", "correct horse"));
        product = catalog.create(seller, new NewProduct("Brushes", "", 500L, List.of())).id();
    }

    @Test
    void theCreatorSetsAndClearsTheCap() {
        WebSession seller = new WebSession(client).logIn("capper@example.com", "correct horse");
        String path = "/products/" + product + "/download-limit";

        assertThat(seller.get("/products/" + product + "/content").body()).contains("href=\"" + path + "\"");
        assertThat(seller.get(path).body()).contains("Downloads per order", "name=\"maxDownloads\"");

        HttpResponse<String> saved = seller.post(path, Map.of("maxDownloads", " 3 "));
        assertThat(saved.code()).isEqualTo(303);
        assertThat(downloads.limitOf(product)).isEqualTo(OptionalInt.of(3));
        assertThat(seller.get(path).body()).contains("value=\"3\"");

        assertThat(seller.post(path, Map.of("maxDownloads", "")).code()).isEqualTo(303);
        assertThat(downloads.limitOf(product)).isEmpty();
    }

    @Test
    void aWrongNumberIsShownBesideTheField() {
        WebSession seller = new WebSession(client).logIn("capper@example.com", "correct horse");
        String path = "/products/" + product + "/download-limit";

        for (String typed : List.of("0", "1001", "lots", "99999999999")) {
            HttpResponse<String> refused = seller.post(path, Map.of("maxDownloads", typed));

            assertThat(refused.code()).as(typed).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"maxDownloads-error\"", "A whole number from 1 to 1000",
                    "aria-invalid=\"true\"", "value=\"" + typed + "\"");
        }
        assertThat(downloads.limitOf(product)).isEmpty();
    }

    @Test
    void onlyTheCreatorMayAndTheFormNeedsItsToken() {
        WebSession other = new WebSession(client).logIn("other@example.com", "correct horse");
        WebSession seller = new WebSession(client).logIn("capper@example.com", "correct horse");
        String path = "/products/" + product + "/download-limit";

        assertThat(other.get(path).code()).isEqualTo(403);
        assertThat(other.post(path, Map.of("maxDownloads", "1")).code()).isEqualTo(403);
        assertThat(seller.postExactly(path, Map.of("maxDownloads", "1")).code()).isEqualTo(403);
        assertThat(new WebSession(client).get(path).code()).isIn(302, 303, 401);
        assertThat(downloads.limitOf(product)).isEmpty();
    }
}
