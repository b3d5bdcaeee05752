package com.yumroad.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The S3 adapter against Adobe's S3Mock, a real S3-compatible server started by the test on a free port. */
class S3StoreTest extends ObjectStoreContract {

    private static final String BUCKET = "yumroad-test";

    @TempDir
    static Path s3Root;

    private static S3MockServer s3Mock;
    private static S3Store store;

    @BeforeAll
    static void startS3() {
        s3Mock = S3MockServer.start(BUCKET, s3Root);
        StorageSettings.S3 settings = new StorageSettings.S3(BUCKET, "us-east-1",
                s3Mock.endpoint(), null, true, "test", "test");
        store = new S3Store(StorageFactory.s3Client(settings), StorageFactory.presigner(settings), BUCKET);
    }

    @AfterAll
    static void stopS3() {
        if (store != null) {
            store.close();
        }
        if (s3Mock != null) {
            s3Mock.close();
        }
    }

    @Override
    ObjectStore store() {
        return store;
    }

    @Test
    void aFileLargerThanOnePartGoesUpInPartsAndComesBackWhole() throws Exception {
        byte[] content = bytes(S3Store.PART_SIZE * 2 + 12345);
        String key = ObjectKeys.fresh("files/7", "");

        assertThat(store.put(key, new ByteArrayInputStream(content), content.length, "application/zip"))
                .isEqualTo(content.length);

        try (InputStream in = store.open(key, 0, content.length)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream tail = store.open(key, content.length - 10, 10)) {
            byte[] expected = new byte[10];
            System.arraycopy(content, content.length - 10, expected, 0, 10);
            assertThat(tail.readAllBytes()).isEqualTo(expected);
        }
    }

    @Test
    void anOversizedMultipartUploadIsAbortedAndLeavesNothing() {
        String key = ObjectKeys.fresh("files/8", "");
        try {
            store.put(key, new ByteArrayInputStream(bytes(S3Store.PART_SIZE + 10)), S3Store.PART_SIZE + 5, "x/y");
        } catch (ObjectTooLargeException expected) {
            // the contract's point; here: no object and no completed upload
        }
        assertThat(store.stat(key)).isEmpty();
    }

    @Test
    void presignedUrlsServeTheObjectAsAnAttachment() throws Exception {
        byte[] content = bytes(2048);
        String key = ObjectKeys.fresh("files/9", "");
        store.put(key, new ByteArrayInputStream(content), 10_000, "application/pdf");

        URI url = store.downloadUrl(key, "Guide «final».pdf", "application/pdf", Duration.ofMinutes(5)).orElseThrow();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(url.getQuery()).contains("X-Amz-Signature=", "X-Amz-Expires=300");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment;").contains("filename*=UTF-8''Guide%20%C2%ABfinal%C2%BB.pdf"));
    }
}
