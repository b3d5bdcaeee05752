package com.yumroad.catalog.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.internal.Sellers;
import com.yumroad.catalog.internal.Sellers.Seller;
import com.yumroad.kernel.http.Flash;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product's page is kept as an anonymous visitor sees it: a repeat view costs no statement and answers the same
 * bytes and headers, every change that shows on the page shows at once (here) or when its notice arrives (a change
 * made by another instance, played by SQL this instance did not send), and nobody logged in gets or leaves a kept page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "yumroad.events.dispatch-after-commit", value = "false")
@Property(name = "yumroad.events.scheduler.enabled", value = "false")
class SharedProductPageTest implements FreshDatabase {

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
    Sellers sellers;
    @Inject
    Elsewhere elsewhere;
    @Inject
    Flash flash;
    @Inject
    KeptProductPages kept;

    @Test
    void aRepeatAnonymousViewCostsNoStatementAndAnswersTheSameBytesAndHeaders() {
        Seller seller = sellers.newSeller("Ada");
        Product product = catalog.create(seller.id(), new NewProduct("Field Guide", "Birds", 1250L, List.of("ebook")));
        WebSession visitor = new WebSession(client);
        visitor.get("/");
        String path = "/products/" + product.id();

        HttpResponse<String> rendered = visitor.get(path);
        assertThat(kept.holds(product.id())).isTrue();
        StatementCounter.Counted<HttpResponse<String>> again = Eventually.await("a view for free",
                () -> statements.count(() -> visitor.get(path)), view -> view.statements() == 0);

        assertThat(rendered.code()).isEqualTo(200);
        assertThat(again.statements()).isZero();
        assertThat(again.result().body()).isEqualTo(rendered.body()).contains("Field Guide", "$12.50", "og:title");
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
        Seller seller = sellers.newSeller("Ada");
        Product product = catalog.create(seller.id(), new NewProduct("Pattern Book", "Knits", 500L, List.of("craft")));
        String path = "/products/" + product.id();
        WebSession visitor = new WebSession(client);

        assertThat(keptView(visitor, path)).contains("Pattern Book", "$5.00", "/tags/craft");

        catalog.change(product.id(), seller.id(), new ProductChanges("Pattern Book II", "Knits and purls", 700L,
                List.of("craft", "wool")));
        assertThat(keptView(visitor, path)).contains("Pattern Book II", "Knits and purls", "$7.00", "/tags/wool");

        content.changeCover(product.id(), seller.id(), new ByteArrayInputStream(png()), "A ball of wool");
        assertThat(keptView(visitor, path)).contains("/media/covers/" + product.id(), "A ball of wool");

        content.removeCover(product.id(), seller.id());
        assertThat(keptView(visitor, path)).doesNotContain("/media/covers/");

        storefront.change(seller.store().id(), seller.id(), new StoreChanges("Wool Works", null));
        assertThat(keptView(visitor, path)).contains("Wool Works");

        accounts.rename(seller.id(), "Ada Knitter");
        assertThat(keptView(visitor, path)).contains("Ada Knitter");

        catalog.remove(product.id(), seller.id());
        assertThat(visitor.get(path).code()).isEqualTo(404);
    }

    @Test
    void aChangeMadeByAnotherInstanceShowsWhenItsNoticeArrives() {
        Seller seller = sellers.newSeller("Ada");
        Product product = catalog.create(seller.id(), new NewProduct("Quiet Book", "", 900L, List.of()));
        String path = "/products/" + product.id();
        WebSession visitor = new WebSession(client);
        keptView(visitor, path);

        elsewhere.sql("update catalog.products set name = 'Loud Book' where id = " + product.id());

        assertThat(Eventually.await("the other instance's change", () -> visitor.get(path).body(),
                body -> body.contains("Loud Book"))).doesNotContain("Quiet Book");
        keptView(visitor, path);

        elsewhere.sql("select pg_notify('catalog_products', '" + product.id() + "')");
        Eventually.await("the notice alone", () -> statements.count(() -> visitor.get(path)).statements(),
                count -> count > 0);
        assertThat(keptView(visitor, path)).contains("Loud Book");
    }

    @Test
    void aLoggedInViewerNeitherGetsNorLeavesAKeptPage() {
        Seller seller = sellers.newSeller("Ada");
        Product product = catalog.create(seller.id(), new NewProduct("Owned Thing", "", 100L, List.of()));
        String path = "/products/" + product.id();
        String edit = "href=\"/products/" + product.id() + "/edit\"";

        WebSession owner = new WebSession(client).logIn(seller.user().email(), Sellers.PASSWORD);
        String ownersPage = owner.get(path).body();
        assertThat(ownersPage).contains(edit, "Log out", owner.cookie("csrfToken").orElseThrow());
        assertThat(kept.holds(product.id())).as("a logged-in viewer's page is not kept").isFalse();

        WebSession visitor = new WebSession(client);
        String visitorsPage = keptView(visitor, path);
        assertThat(visitorsPage).doesNotContain(edit, "Log out", owner.cookie("csrfToken").orElseThrow())
                .contains("Log in");

        for (int view = 0; view < 2; view++) {
            HttpResponse<String> again = owner.get(path);
            assertThat(again.body()).contains(edit, "Log out", owner.cookie("csrfToken").orElseThrow())
                    .isNotEqualTo(visitorsPage);
        }
        assertThat(visitor.get(path).body()).isEqualTo(visitorsPage);
    }

    @Test
    void aVisitorWithAFlashMessageGetsItAndLeavesNothingBehind() {
        Seller seller = sellers.newSeller("Ada");
        Product product = catalog.create(seller.id(), new NewProduct("Flashy Thing", "", 100L, List.of()));
        String path = "/products/" + product.id();
        String plain = keptView(new WebSession(client), path);

        String withFlash = new WebSession(client).header("Cookie", flash.cookie("Thanks for visiting").getName()
                + "=" + flash.cookie("Thanks for visiting").getValue()).get(path).body();

        assertThat(withFlash).contains("Thanks for visiting");
        assertThat(kept.holds(product.id())).isTrue();
        assertThat(keptView(new WebSession(client), path)).isEqualTo(plain).doesNotContain("Thanks for visiting");
    }

    /**
     * The page as the next view shows it, after which a repeat view costs no statement and answers the same bytes
     * (once the notice of this instance's own last change has come back too: it makes catalog read once more).
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

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
