package com.yumroad.site.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's search box on every public page, and the page of what it finds: ranked, paged, with an empty state. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;

    @BeforeAll
    void aStoreOfBrushesAndPaints() {
        long owner = accounts.register(new Registration("painter@example.com", "Painter", "correct horse")).id();
        storefront.open(owner, new NewStore("Painter's Supplies", null));
        catalog.create(owner, new NewProduct("Watercolor Brushes", "Twelve round brushes for Procreate.", 900L,
                List.of("brushes")));
        catalog.create(owner, new NewProduct("Oil Paint Pack", "Textures that work well with any watercolor set.",
                1200L, List.of("paint")));
        for (int i = 0; i < 14; i++) {
            catalog.create(owner, new NewProduct("Sketch Sheet " + i, "A pencil sketch sheet.", 0L, List.of("sketch")));
        }
    }

    @Test
    void everyPublicPageHasTheSearchBoxInItsHeader() {
        WebSession visitor = new WebSession(client);
        for (String path : List.of("/", "/s/painter-s-supplies", "/tags/brushes", "/login", "/signup", "/search")) {
            String page = visitor.get(path).body();
            assertThat(page).as(path).contains("<form class=\"site-search", "action=\"/search\"", "role=\"search\"",
                    "<label class=\"visually-hidden\" for=\"site-search\">Search products</label>");
        }
    }

    @Test
    void theBestMatchComesFirstAndTheBoxKeepsTheWords() {
        HttpResponse<String> answer = new WebSession(client).get("/search?q=watercolor");

        assertThat(answer.code()).isEqualTo(200);
        String page = answer.body();
        assertThat(page).contains("Results for “<span>watercolor</span>”", "value=\"watercolor\"");
        assertThat(page.indexOf("Watercolor Brushes")).as("a match in the name ranks above one in the description")
                .isPositive().isLessThan(page.indexOf("Oil Paint Pack"));
        assertThat(page).doesNotContain("Sketch Sheet");
    }

    @Test
    void aLongListComesAPageAtATime() {
        WebSession visitor = new WebSession(client);
        String first = visitor.get("/search?q=sketch").body();
        assertThat(count(first, "class=\"card card-product")).isEqualTo(Pages.PRODUCTS_PER_PAGE);
        Matcher next = Pattern.compile("href=\"(/search\\?q=sketch&amp;cursor=[^\"]+)\"").matcher(first);
        assertThat(next.find()).as("a link to the next page").isTrue();

        String second = visitor.get(next.group(1).replace("&amp;", "&")).body();
        assertThat(count(second, "class=\"card card-product")).isEqualTo(14 - Pages.PRODUCTS_PER_PAGE);
        assertThat(second).doesNotContain("cursor=");
    }

    @Test
    void nothingFoundSaysSoAndWhatToTry() {
        String page = new WebSession(client).get("/search?q=harpsichord").body();

        assertThat(page).contains("id=\"search-none\"", "No product matches these words.", "href=\"/\"");
        assertThat(page).doesNotContain("card-product");
    }

    @Test
    void withoutWordsThePageAsksForThem() {
        for (String path : List.of("/search", "/search?q=", "/search?q=%20%20")) {
            HttpResponse<String> answer = new WebSession(client).get(path);
            assertThat(answer.code()).isEqualTo(200);
            assertThat(answer.body()).as(path).contains("id=\"search-empty\"").doesNotContain("card-product");
        }
    }

    @Test
    void wordsTheSearchCannotTakeAreExplainedNotFailed() {
        HttpResponse<String> answer = new WebSession(client).get("/search?q=" + "a".repeat(201));

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"search-problem\"", "200").doesNotContain("card-product");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
