package com.yumroad.platform.api;

import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sales endpoints as the OpenAPI document describes them, every call validated against it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class SalesContractTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    Contract api;
    Callers.Caller seller;
    Callers.Caller stranger;
    long sale;

    @BeforeAll
    void aSaleMadeThroughTheTestModeCheckout() {
        api = new Contract(client.toBlocking(), json);
        Callers callers = new Callers(api);
        seller = callers.seller("Contract Seller");
        stranger = callers.seller("Stranger");
        long product = callers.product(seller, "Contract Course", 3000);
        WebSession buyer = new WebSession(client);
        String payPage = buyer.post("/checkout/" + product, Map.of("email", "contract@example.com")).header("Location");
        buyer.post(payPage, Map.of("card", "4242 4242 4242 4242"));
        sale = ((Number) api.call(HttpRequest.GET("/api/v1/sales").bearerAuth(seller.token())).items().get(0)
                .get("id")).longValue();
    }

    @Test
    void listReadAndRefundMatchTheDocument() {
        Contract.Answer list = api.call(HttpRequest.GET("/api/v1/sales?limit=5").bearerAuth(seller.token()));
        assertThat(list.items()).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("buyerEmail", "contract@example.com").containsEntry("status", "paid"));

        assertThat(api.call(HttpRequest.GET("/api/v1/sales/" + sale).bearerAuth(seller.token())).id()).isEqualTo(sale);
        assertThat(api.call(HttpRequest.GET("/api/v1/sales/" + sale).bearerAuth(stranger.token())).status())
                .isEqualTo(403);
        Contract.Answer refunded = api.call(HttpRequest.POST("/api/v1/sales/" + sale + "/refund", "")
                .bearerAuth(seller.token()));
        assertThat(refunded.json()).containsEntry("status", "refunded")
                .as("its last change is the refund").containsEntry("updatedAt", refunded.json().get("refundedAt"));
        assertThat(api.call(HttpRequest.POST("/api/v1/sales/" + sale + "/refund", "").bearerAuth(seller.token()))
                .status()).isEqualTo(409);
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/sales")).status()).isEqualTo(401);
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/sales?limit=0").bearerAuth(seller.token())).status())
                .isEqualTo(422);
    }
}
