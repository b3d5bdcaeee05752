package com.yumroad.catalog.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.paging.PageRequest;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class ProductPagesTest implements FreshDatabase {

    private static final String PASSWORD = "correct horse";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;

    long ownerId;
    Product product;

    @BeforeAll
    void twoSellersAndAProduct() {
        ownerId = seller("owner@example.com", "Owner");
        seller("other@example.com", "Other");
        product = catalog.create(ownerId, new NewProduct("Field Guide", "Birds", 1250L, List.of("ebook", "nature")));
    }

    @Test
    void onlyTheCreatorSeesTheEditControls() {
        String edit = "href=\"/products/" + product.id() + "/edit\"";
        String delete = "href=\"/products/" + product.id() + "/delete\"";

        assertThat(session("owner@example.com").get("/products/" + product.id()).body()).contains(edit, delete);
        for (WebSession notTheOwner : List.of(session("other@example.com"), new WebSession(client))) {
            HttpResponse<String> page = notTheOwner.get("/products/" + product.id());
            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body()).contains("Field Guide", "$12.50", "/tags/ebook").doesNotContain(edit, delete);
        }
    }

    @Test
    void anotherUserIsRefusedWhateverTheBrowserSends() {
        WebSession other = session("other@example.com");
        String path = "/products/" + product.id();

        List<HttpResponse<String>> answers = List.of(
                other.get(path + "/edit"),
                other.get(path + "/delete"),
                other.post(path, Map.of("name", "Stolen", "description", "", "price", "0.01", "tags", "")),
                other.post(path + "/delete", Map.of()));

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.code()).isEqualTo(403);
            assertThat(answer.getContentType().orElseThrow().toString()).startsWith("text/html");
            assertThat(answer.body()).contains("Not yours to change", "bootstrap.min.css", "<main id=\"main\"");
        }
        Product unchanged = catalog.find(product.id()).orElseThrow();
        assertThat(unchanged.name()).isEqualTo("Field Guide");
        assertThat(unchanged.priceCents()).isEqualTo(1250);
    }

    @Test
    void aFormWithoutTheCsrfTokenChangesNothing() {
        WebSession owner = session("owner@example.com");

        HttpResponse<String> answer = owner.postExactly("/products/" + product.id() + "/delete", Map.of());

        assertThat(answer.code()).isEqualTo(403);
        assertThat(catalog.find(product.id())).isPresent();
    }

    @Test
    void aNewProductIsPublishedWithItsTagsAndTheNextPageSaysSoOnce() {
        WebSession owner = session("owner@example.com");

        HttpResponse<String> created = owner.post("/products",
                Map.of("name", "Pattern Book", "description", "Knits", "price", "12.5", "tags", "Craft, ebook, craft"));

        assertThat(created.code()).isEqualTo(303);
        String location = created.getHeaders().get("Location");
        Product saved = catalog.find(Long.parseLong(location.substring("/products/".length()))).orElseThrow();
        assertThat(saved.priceCents()).isEqualTo(1250);
        assertThat(saved.tags()).containsExactly("craft", "ebook");
        assertThat(owner.get(location).body()).contains("Pattern Book is published.", "role=\"status\"");
        assertThat(owner.get(location).body()).doesNotContain("is published.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.505", "-1", "abc"})
    void aPriceThatIsNotMoneyIsRefusedBesideItsFieldAndWhatWasTypedStays(String price) {
        WebSession owner = session("owner@example.com");
        long before = productsOf(ownerId);

        HttpResponse<String> answer = owner.post("/products",
                Map.of("name", "Ab", "description", "Short", "price", price, "tags", "zines"));

        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body())
                .contains("id=\"price-error\"", "aria-describedby=\"price-hint price-error\"", "like 12 or 12.50")
                .contains("id=\"name-error\"", "Product name must be longer than 3 characters")
                .contains("value=\"" + price + "\"", "value=\"Ab\"", "value=\"zines\"", ">Short</textarea>");
        assertThat(productsOf(ownerId)).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-5|A price cannot be negative.", "1000000.01|That price is too large",
            "12,50|That is not a price.", "3.999|at most two decimals", "' '|Price is required."})
    void eachPriceErrorSaysWhatIsWrongAndTheLimits(String price, String what) {
        HttpResponse<String> answer = session("owner@example.com").post("/products",
                Map.of("name", "Priced wrong", "description", "", "price", price, "tags", ""));

        assertThat(answer.code()).isEqualTo(422);
        String error = answer.body().substring(answer.body().indexOf("id=\"price-error\""));
        assertThat(error.substring(0, error.indexOf("</div>"))).contains(what,
                "Enter dollars and cents from 0 (free) to 1,000,000.00, like 12 or 12.50.");
        assertThat(answer.body()).contains("Please fix the fields marked below.");
    }

    @Test
    void aUserWithoutAStoreIsToldBeforeFillingInTheForm() {
        accounts.register(new Registration("storeless@example.com", "Storeless", PASSWORD));

        String page = session("storeless@example.com").get("/products/new").body();

        assertThat(page).contains("id=\"no-store\"", "You have no store yet", "href=\"/dashboard/store/open\"")
                .doesNotContain("name=\"price\"");
        assertThat(session("owner@example.com").get("/products/new").body()).doesNotContain("id=\"no-store\"")
                .contains("name=\"price\"");
    }

    @Test
    void aFreeProductShowsAsFree() {
        long id = catalog.create(ownerId, new NewProduct("Free Zine", "", 0L, List.of())).id();

        assertThat(new WebSession(client).get("/products/" + id).body()).contains(">Free</p>", "Get it free");
    }

    @Test
    void theOwnerEditsThePriceAsMoney() {
        Product mine = catalog.create(ownerId, new NewProduct("Sketchbook", "", 500L, List.of("art")));
        WebSession owner = session("owner@example.com");

        assertThat(owner.get("/products/" + mine.id() + "/edit").body())
                .contains("value=\"5.00\"", "value=\"art\"", "<option value=\"ebook\">");
        HttpResponse<String> saved = owner.post("/products/" + mine.id(),
                Map.of("name", "Sketchbook", "description", "", "price", "7.5", "tags", "art, paper"));

        assertThat(saved.code()).isEqualTo(303);
        Product changed = catalog.find(mine.id()).orElseThrow();
        assertThat(changed.priceCents()).isEqualTo(750);
        assertThat(changed.tags()).containsExactly("art", "paper");
    }

    @Test
    void theOwnerLetsBuyersPayWhatTheyWantAndTakesItBack() {
        WebSession owner = session("owner@example.com");
        assertThat(owner.get("/products/new").body()).contains("name=\"payWhatYouWant\"", "Let buyers pay what they want");

        HttpResponse<String> created = owner.post("/products", Map.of("name", "Tip Jar Zine", "description", "",
                "price", "3", "tags", "", "payWhatYouWant", "true"));
        assertThat(created.code()).isEqualTo(303);
        long id = Long.parseLong(created.header("Location").substring("/products/".length()));
        assertThat(catalog.find(id).orElseThrow().payWhatYouWant()).isTrue();
        assertThat(owner.get("/products/" + id).body()).contains("$3.00+");
        assertThat(owner.get("/products/" + id + "/edit").body()).containsPattern("name=\"payWhatYouWant\"[^>]*checked");

        HttpResponse<String> refused = owner.post("/products/" + id, Map.of("name", "Tip", "description", "",
                "price", "3", "tags", "", "payWhatYouWant", "true"));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).containsPattern("name=\"payWhatYouWant\"[^>]*checked");

        owner.post("/products/" + id, Map.of("name", "Tip Jar Zine", "description", "", "price", "3", "tags", ""));
        assertThat(catalog.find(id).orElseThrow().payWhatYouWant()).isFalse();
        assertThat(owner.get("/products/" + id).body()).doesNotContain("$3.00+");
    }

    @Test
    void deletingGoesThroughAConfirmationPage() {
        Product doomed = catalog.create(ownerId, new NewProduct("Old Thing", "", 100L, List.of()));
        WebSession owner = session("owner@example.com");

        assertThat(owner.get("/products/" + doomed.id() + "/delete").body())
                .contains("Delete <span>Old Thing</span>?", "action=\"/products/" + doomed.id() + "/delete\"");
        assertThat(catalog.find(doomed.id())).isPresent();
        HttpResponse<String> deleted = owner.post("/products/" + doomed.id() + "/delete", Map.of());

        assertThat(deleted.code()).isEqualTo(303);
        assertThat(deleted.getHeaders().get("Location")).isEqualTo("/dashboard");
        assertThat(catalog.find(doomed.id())).isEmpty();
        assertThat(owner.get("/products/new").body()).as("the flash, on the next page (the dashboard lives in site)")
                .contains("Old Thing is deleted.");
        assertThat(owner.get("/products/" + doomed.id()).code()).isEqualTo(404);
    }

    @Test
    void pagesThatNeedLogInSendVisitorsToLogInAndBack() {
        HttpResponse<String> answer = new WebSession(client).get("/products/new");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.getHeaders().get("Location")).isEqualTo("/login?next=%2Fproducts%2Fnew");
    }

    private long productsOf(long creatorId) {
        return catalog.list(ProductQuery.byCreator(creatorId), PageRequest.first(100)).items().size();
    }

    private WebSession session(String email) {
        return new WebSession(client).logIn(email, PASSWORD);
    }

    private long seller(String email, String name) {
        long id = accounts.register(new Registration(email, name, PASSWORD)).id();
        storefront.open(id, new NewStore(name + "'s Shop", null));
        return id;
    }
}
