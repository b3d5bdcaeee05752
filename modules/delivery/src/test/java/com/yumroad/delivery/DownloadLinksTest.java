package com.yumroad.delivery;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.ProductFile;
import com.yumroad.delivery.internal.LinkSigner;
import com.yumroad.sales.internal.CheckoutRequest;
import com.yumroad.sales.internal.Checkouts;
import com.yumroad.sales.internal.OrderTransitions;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Download links against PostgreSQL and the local store: signed, expiring, tied to a paid order, with Range. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadLinksTest implements FreshDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    @Inject
    ProductContent content;
    @Inject
    Checkouts checkouts;
    @Inject
    OrderTransitions transitions;
    @Inject
    Downloads downloads;
    @Inject
    LinkSigner signer;

    private final HttpClient http = HttpClient.newHttpClient();
    private final byte[] book = bytes(300_000);
    long seller;
    long product;
    ProductFile file;

    @BeforeAll
    void aProductWithAFile() {
        seller = accounts.register(new Registration("seller@example.com", "Seller", "correct horse")).id();
        storefront.open(seller, new NewStore("Books", null));
        product = catalog.create(seller, new NewProduct("Free book", "", 0L, List.of())).id();
        file = content.addFile(product, seller, "book.pdf", "application/pdf", new ByteArrayInputStream(book));
    }

    @Test
    void aBuyerDownloadsTheWholeFileAndResumesItWithARange() throws Exception {
        long order = buy();
        DownloadLink link = downloads.links(order).get(0);

        HttpResponse<byte[]> whole = get(link.path(), null);
        HttpResponse<byte[]> tail = get(link.path(), "bytes=100000-");
        HttpResponse<byte[]> middle = get(link.path(), "bytes=10-19");
        HttpResponse<byte[]> beyond = get(link.path(), "bytes=400000-");

        assertThat(link.fileName()).isEqualTo("book.pdf");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(book);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        assertThat(whole.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.headers().firstValue("Content-Range")).hasValue("bytes 100000-299999/300000");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(book, 100_000, 300_000));
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(book, 10, 20));
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */300000");
        assertThat(downloads.allowance(order).used()).as("resuming does not count").isEqualTo(1);
    }

    @Test
    void aForgedTamperedOrBorrowedLinkGivesNothing() throws Exception {
        long mine = buy();
        long other = buy();
        String path = downloads.links(mine).get(0).path();
        String[] parts = path.split("/");
        String forged = "/downloads/" + mine + "/" + file.id() + "/" + parts[4] + "/" + "A".repeat(43);
        String otherOrder = "/downloads/" + other + "/" + file.id() + "/" + parts[4] + "/" + parts[5];
        String extended = "/downloads/" + mine + "/" + file.id() + "/" + (Long.parseLong(parts[4]) + 3600) + "/" + parts[5];

        for (String link : List.of(forged, otherOrder, extended)) {
            HttpResponse<byte[]> answer = get(link, null);
            assertThat(answer.statusCode()).as(link).isEqualTo(404);
            assertThat(answer.body().length).isLessThan(book.length);
        }
        assertThat(downloads.allowance(mine).used()).isZero();
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        long order = buy();
        String expired = signer.path(order, file.id(), Instant.now().minusSeconds(5));

        HttpResponse<byte[]> answer = get(expired, null);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body().length).isLessThan(book.length);
    }

    @Test
    void aRefundKillsTheLinks() throws Exception {
        long order = buy();
        String path = downloads.links(order).get(0).path();
        assertThat(get(path, null).statusCode()).isEqualTo(200);

        transitions.refunded(order);

        assertThat(get(path, null).statusCode()).isEqualTo(403);
        assertThat(get(path, "bytes=5-").statusCode()).isEqualTo(403);
        assertThat(downloads.links(order)).isEmpty();
    }

    @Test
    void theSellersCapStopsDownloadsOnceUsedUp() throws Exception {
        long capped = catalog.create(seller, new NewProduct("Capped", "", 0L, List.of())).id();
        content.addFile(capped, seller, "a.zip", "application/zip", new ByteArrayInputStream(bytes(1000)));
        downloads.limit(capped, seller, 2);
        long order = checkouts.start(new CheckoutRequest(capped, UUID.randomUUID() + "@example.com", null, "http://x")).orderId();
        String path = downloads.links(order).get(0).path();

        assertThat(get(path, null).statusCode()).isEqualTo(200);
        assertThat(get(path, null).statusCode()).isEqualTo(200);
        assertThat(get(path, null).statusCode()).isEqualTo(403);
        assertThat(downloads.allowance(order)).isEqualTo(new DownloadAllowance(2, 2));
    }

    private long buy() {
        return checkouts.start(new CheckoutRequest(product, UUID.randomUUID() + "@example.com", null, "http://x")).orderId();
    }

    private HttpResponse<byte[]> get(String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(URI.create(path)));
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
