package com.yumroad.platform.api;

import com.yumroad.platform.api.Callers.Caller;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.yumroad.platform.api.ApiContractTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Paging through a large set with the API's cursors: no product lost or repeated, also while products are added. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class CursorPagingTest implements FreshDatabase {

    private static final int PRODUCTS = 240;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    Contract api;
    Callers callers;
    Caller busy;
    Caller quiet;

    @BeforeAll
    void catalogue() {
        api = new Contract(client.toBlocking(), json);
        callers = new Callers(api);
        busy = callers.seller("Busy");
        quiet = callers.seller("Quiet");
        for (int i = 0; i < PRODUCTS; i++) {
            Caller seller = i % 4 == 0 ? quiet : busy;
            callers.product(seller, "Product number " + i, i, i % 3 == 0 ? "third" : "other");
        }
    }

    @Test
    void everyListPagesThroughEveryProductExactlyOnceNewestFirst() throws SQLException {
        assertThat(walk("/api/v1/products?limit=7")).isEqualTo(idsInDatabase("true"));
        assertThat(walk("/api/v1/products?limit=100")).isEqualTo(idsInDatabase("true"));
        assertThat(walk("/api/v1/products?tag=third&limit=9")).isEqualTo(idsInDatabase(
                "id in (select product_id from catalog.product_tags pt join catalog.tags t on t.id = pt.tag_id"
                        + " where t.name = 'third')"));
        assertThat(walk("/api/v1/products?store=" + quiet.storeId() + "&limit=11"))
                .isEqualTo(idsInDatabase("store_id = " + quiet.storeId()));
        assertThat(walk("/api/v1/stores/" + busy.storeId() + "/products?limit=13"))
                .isEqualTo(idsInDatabase("store_id = " + busy.storeId()));
        assertThat(walk("/api/v1/users/" + quiet.id() + "/products?limit=1"))
                .isEqualTo(idsInDatabase("creator_id = " + quiet.id()));
        assertThat(walk("/api/v1/products")).hasSize(PRODUCTS);
    }

    @Test
    void productsAddedWhilePagingNeitherShiftNorRepeatThePagesAfter() throws SQLException {
        List<Long> before = idsInDatabase("true");
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int page = 0;
        do {
            Contract.Answer answer = api.call(HttpRequest.GET("/api/v1/products?limit=25"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            seen.addAll(ids(answer));
            cursor = (String) answer.json().get("nextCursor");
            if (page++ == 2) {
                callers.product(busy, "Published meanwhile", 1);
            }
        } while (cursor != null);

        assertThat(seen).isEqualTo(before);
    }

    private List<Long> walk(String first) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            String next = cursor == null ? "" : (first.contains("?") ? "&" : "?") + "cursor=" + cursor;
            Contract.Answer answer = api.call(HttpRequest.GET(first + next));
            ids.addAll(ids(answer));
            cursor = (String) answer.json().get("nextCursor");
        } while (cursor != null);
        assertThat(ids).doesNotHaveDuplicates();
        return ids;
    }

    private List<Long> idsInDatabase(String condition) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var c = connection(); var rs = c.createStatement().executeQuery(
                "select id from catalog.products where " + condition + " order by id desc")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
