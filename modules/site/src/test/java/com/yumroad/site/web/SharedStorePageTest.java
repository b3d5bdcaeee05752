package com.yumroad.site.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.ProductContent;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store's page is kept, per page of products, as an anonymous visitor sees it: a repeat view costs no statement and
 * answers the same bytes and headers; every change that shows on it shows at once (here) or when its notice arrives
 * (a change made by another instance, played by SQL this instance did not send); nobody logged in gets or leaves a
 * kept page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "yumroad.events.dispatch-after-commit", value = "false")
@Property(name = "yumroad.events.scheduler.enabled", value = "false")
class SharedStorePageTest implements FreshDatabase {

    private static final String PASSWORD = "correct horse";
    private static final Pattern NEXT = Pattern.compile("href=\"(/s/[^\"]*cursor=[^\"]*)\"");

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
    ProductContent content;
    @Inject
    StatementCounter statements;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aRepeatAnonymousViewCostsNoStatementAndAnswersTheSameBytesAndHeaders() {
        Seller seller = seller(2);
        WebSession visitor = new WebSession(client);
        visitor.get("/");
        String path = "/s/" + seller.store.slug();

        HttpResponse<String> rendered = visitor.get(path);
        StatementCounter.Counted<HttpResponse<String>> again = Eventually.await("a view for free",
                () -> statements.count(() -> visitor.get(path)), view -> view.statements() == 0);

        assertThat(rendered.code()).isEqualTo(200);
        assertThat(again.result().body()).isEqualTo(rendered.body()).contains("Thing 0", "Thing 1", "2 products");
        assertThat(headers(again.result())).isEqualTo(headers(rendered));
        assertThat(again.result().header("Content-Type")).startsWith("text/html");
        assertThat(again.result().header("Cache-Control")).isEqualTo("no-store");
        assertThat(again.result().header("Content-Security-Policy")).contains("default-src 'self'");

        HttpResponse<String> newcomer = new WebSession(client).get(path);
        assertThat(newcomer.body()).isEqualTo(rendered.body());
        assertThat(newcomer.getHeaders().getAll("Set-Cookie")).as("a first visit still gets its CSRF cookie")
                .anyMatch(cookie -> cookie.startsWith("csrfToken="));
    }

    @Test
    void everyChangeThatShowsOnThePageShowsAtOnce() throws IOException {
        Seller seller = seller(1);
        String path = "/s/" + seller.store.slug();
        WebSession visitor = new WebSession(client);
        assertThat(keptView(visitor, path)).contains("Thing 0", "1 product<");

        Product added = catalog.create(seller.id, new NewProduct("Added Thing", "", 300L, List.of()));
        assertThat(keptView(visitor, path)).contains("Added Thing", "2 products");

        catalog.change(added.id(), seller.id, new ProductChanges("Changed Thing", null, 400L, null));
        assertThat(keptView(visitor, path)).contains("Changed Thing", "$4.00").doesNotContain("Added Thing");

        content.changeCover(added.id(), seller.id, new ByteArrayInputStream(png()), "A red square");
        assertThat(keptView(visitor, path)).contains("/media/covers/" + added.id(), "A red square");

        content.removeCover(added.id(), seller.id);
        assertThat(keptView(visitor, path)).doesNotContain("/media/covers/");

        storefront.change(seller.store.id(), seller.id, new StoreChanges("Renamed Shop", null));
        assertThat(keptView(visitor, path)).contains("Renamed Shop");

        storefront.change(seller.store.id(), seller.id, new StoreChanges(null, "Hand-made things, shipped weekly"));
        assertThat(keptView(visitor, path)).contains("Hand-made things, shipped weekly");

        accounts.rename(seller.id, "Grace Maker");
        assertThat(keptView(visitor, path)).contains("Grace Maker");

        catalog.remove(added.id(), seller.id);
        assertThat(keptView(visitor, path)).doesNotContain("Changed Thing").contains("1 product<");

        storefront.close(seller.store.id(), seller.id);
        assertThat(visitor.get(path).code()).isEqualTo(404);
    }

    @Test
    void eachPageOfProductsIsKeptOnItsOwnAndForgottenWithTheStore() {
        Seller seller = seller(Pages.PRODUCTS_PER_PAGE + 2);
        String path = "/s/" + seller.store.slug();
        WebSession visitor = new WebSession(client);
        String first = keptView(visitor, path);
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String second = next.group(1).replace("&amp;", "&");
        assertThat(keptView(visitor, second)).contains("Thing 0", "Thing 1").doesNotContain("Thing 13");

        catalog.change(seller.products.get(0).id(), seller.id, new ProductChanges("Oldest Thing", null, null, null));

        assertThat(keptView(visitor, second)).contains("Oldest Thing");
        assertThat(keptView(visitor, path)).isEqualTo(first);
        assertThat(visitor.get(path + "?cursor=garbled").body()).as("the first page, not kept again under its cursor")
                .isEqualTo(first);
        assertThat(statements.count(() -> visitor.get(path)).statements()).isZero();
    }

    @Test
    void changesMadeByAnotherInstanceShowWhenTheirNoticesArrive() {
        Seller seller = seller(1);
        String path = "/s/" + seller.store.slug();
        WebSession visitor = new WebSession(client);
        keptView(visitor, path);

        sql("update storefront.stores set description = 'Told by another instance' where id = " + seller.store.id());
        Eventually.await("the store's change", () -> visitor.get(path).body(),
                body -> body.contains("Told by another instance"));
        keptView(visitor, path);

        sql("update catalog.products set name = 'Renamed elsewhere' where id = " + seller.products.get(0).id());
        Eventually.await("the product's change", () -> visitor.get(path).body(),
                body -> body.contains("Renamed elsewhere"));
        keptView(visitor, path);

        for (String notice : List.of("'storefront_stores', '" + seller.store.id() + "'",
                "'catalog_lists', 's" + seller.store.id() + "'")) {
            sql("select pg_notify(" + notice + ")");
            Eventually.await("a notice " + notice, () -> statements.count(() -> visitor.get(path)).statements(),
                    count -> count > 0);
            keptView(visitor, path);
        }
        sql("select pg_notify('catalog_lists', '*')");
        Eventually.await("a notice for every store", () -> statements.count(() -> visitor.get(path)).statements(),
                count -> count > 0);
    }

    @Test
    void aNoticeOfACreatorsListForgetsNoStorePage() {
        Seller seller = seller(1);
        Seller other = seller(1);
        String path = "/s/" + seller.store.slug();
        String otherPath = "/s/" + other.store.slug();
        WebSession visitor = new WebSession(client);
        keptView(visitor, path);
        keptView(visitor, otherPath);

        // one transaction's notices arrive in order: once the other store's is heard, the creator's was too
        sql("do $$ begin perform pg_notify('catalog_lists', 'c" + seller.id + "'); "
                + "perform pg_notify('catalog_lists', 's" + other.store.id() + "'); end $$");
        Eventually.await("the other store's notice", () -> statements.count(() -> visitor.get(otherPath)).statements(),
                count -> count > 0);

        assertThat(statements.count(() -> visitor.get(path)).statements()).isZero();
    }

    @Test
    void aLoggedInOwnerNeitherGetsNorLeavesAKeptPage() {
        Seller seller = seller(1);
        String path = "/s/" + seller.store.slug();
        String ownerControls = "href=\"/dashboard/store\"";

        WebSession visitor = new WebSession(client);
        String visitorsPage = keptView(visitor, path);
        WebSession owner = new WebSession(client).logIn(seller.email, PASSWORD);
        String token = owner.cookie("csrfToken").orElseThrow();
        for (int view = 0; view < 3; view++) {
            String ownersPage = owner.get(path).body();
            assertThat(ownersPage).contains(ownerControls, "Log out", token).isNotEqualTo(visitorsPage);
        }
        assertThat(visitorsPage).doesNotContain(ownerControls, "Log out", token).contains("Log in");
        assertThat(keptView(visitor, path)).isEqualTo(visitorsPage);
    }

    /**
     * The page as the next view shows it, after which a repeat view costs no statement and answers the same bytes
     * (once the notices of this instance's own changes have come back too).
     */
    private String keptView(WebSession visitor, String path) {
        HttpResponse<String> first = visitor.get(path);
        assertThat(first.code()).isEqualTo(200);
        StatementCounter.Counted<HttpResponse<String>> again = Eventually.await("a repeat view of " + path + " for free",
                () -> statements.count(() -> visitor.get(path)), view -> view.statements() == 0);
        assertThat(again.result().body()).isEqualTo(first.body());
        return first.body();
    }

    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> all = new TreeMap<>();
        response.getHeaders().forEach((name, values) -> all.put(name.toLowerCase(), values));
        all.remove("date");
        return all;
    }

    private void sql(String statement) {
        transactions.executeWrite(status -> jdbc.prepareStatement(statement, ps -> ps.execute()));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private record Seller(long id, Store store, String email, List<Product> products) {
    }

    /** A seller whose store holds {@code products} products, "Thing 0" the oldest. */
    private Seller seller(int products) {
        String email = UUID.randomUUID() + "@example.com";
        long id = accounts.register(new Registration(email, "Grace", PASSWORD)).id();
        Store store = storefront.open(id, new NewStore("Grace's Shop " + UUID.randomUUID().toString().substring(0, 8),
                null));
        List<Product> made = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            made.add(catalog.create(id, new NewProduct("Thing " + p, "", 100L + p, List.of())));
        }
        return new Seller(id, store, email, made);
    }
}
