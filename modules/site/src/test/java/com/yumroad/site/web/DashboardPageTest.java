package com.yumroad.site.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class DashboardPageTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;

    @Test
    void theDashboardShowsTheStoresRecentActivityFromTheFeed() {
        long owner = accounts.register(new Registration("feed@example.com", "Feeder", "correct horse")).id();
        Store store = storefront.open(owner, new NewStore("Feed Store", null));
        catalog.create(owner, new NewProduct("Bird Feeder", "", 900L, List.of()));
        storefront.change(store.id(), owner, new StoreChanges("Feed & Seed", null));
        WebSession session = new WebSession(client).logIn("feed@example.com", "correct horse");

        String dashboard = Eventually.await("the dashboard to show the feed", () -> session.get("/dashboard").body(),
                page -> page.contains("Renamed"));

        assertThat(dashboard).contains("Recent activity", "Published", "Bird Feeder", "Opened", "Feed Store",
                "Feed &amp; Seed");
        assertThat(dashboard).as("each product's paid sales, from sales").contains(">Sales</th>",
                "<td class=\"text-end sales\">0</td>");
    }

    @Test
    void aRemovedProductStaysInTheActivityWithoutALinkToItsGonePage() {
        long owner = accounts.register(new Registration("remover@example.com", "Remover", "correct horse")).id();
        storefront.open(owner, new NewStore("Short Lived", null));
        long gone = catalog.create(owner, new NewProduct("Passing Fad", "", 500L, List.of())).id();
        long kept = catalog.create(owner, new NewProduct("Evergreen", "", 700L, List.of())).id();
        catalog.remove(gone, owner);
        WebSession session = new WebSession(client).logIn("remover@example.com", "correct horse");

        String dashboard = Eventually.await("the dashboard to show the removal", () -> session.get("/dashboard").body(),
                page -> page.contains("Removed"));

        assertThat(dashboard).as("published, then removed: both entries name it, neither links to it")
                .contains("Published <span class=\"removed-product\">Passing Fad</span>",
                        "Removed <span>Passing Fad</span>")
                .doesNotContain("href=\"/products/" + gone + "\"");
        assertThat(dashboard).as("a product that exists keeps its link")
                .contains("Published <a href=\"/products/" + kept + "\">Evergreen</a>");
    }

    @Test
    void anUnconfirmedAddressIsToldAndCanSellAllTheSame() throws Exception {
        long owner = accounts.register(new Registration("unconfirmed@example.com", "Newcomer", "correct horse")).id();
        storefront.open(owner, new NewStore("New Store", null));
        catalog.create(owner, new NewProduct("First Thing", "", 500L, List.of()));
        WebSession session = new WebSession(client).logIn("unconfirmed@example.com", "correct horse");

        assertThat(session.get("/dashboard").body()).contains("id=\"unconfirmed-email\"", "First Thing");

        try (var connection = connection(); var statement = connection.prepareStatement(
                "update accounts.users set email_verified_at = now() where id = ?")) {
            statement.setLong(1, owner);
            statement.executeUpdate();
        }
        assertThat(session.get("/dashboard").body()).doesNotContain("unconfirmed-email").contains("First Thing");
    }
}
