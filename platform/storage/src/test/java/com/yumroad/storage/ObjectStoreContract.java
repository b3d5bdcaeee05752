package com.yumroad.storage;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of the storage port must do; each adapter's test runs it against a real store. */
abstract class ObjectStoreContract {

    abstract ObjectStore store();

    static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void storesStreamsAndReadsBackWholeOrByRange() throws IOException {
        byte[] content = bytes(100_000);
        String key = ObjectKeys.fresh("files/1", "");

        long stored = store().put(key, new ByteArrayInputStream(content), 1_000_000, "application/pdf");

        assertThat(stored).isEqualTo(content.length);
        assertThat(store().stat(key)).hasValueSatisfying(o -> assertThat(o.size()).isEqualTo(content.length));
        try (InputStream whole = store().open(key, 0, content.length)) {
            assertThat(whole.readAllBytes()).isEqualTo(content);
        }
        try (InputStream range = store().open(key, 1000, 500)) {
            byte[] expected = new byte[500];
            System.arraycopy(content, 1000, expected, 0, 500);
            assertThat(range.readAllBytes()).isEqualTo(expected);
        }
    }

    @Test
    void aStreamLongerThanTheLimitLeavesNothing() {
        String key = ObjectKeys.fresh("files/2", "");

        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(bytes(5000)), 4999, "text/plain"))
                .isInstanceOf(ObjectTooLargeException.class);

        assertThat(store().stat(key)).isEmpty();
        assertThat(store().list("files/2")).isEmpty();
    }

    @Test
    void exactlyTheLimitIsStored() {
        String key = ObjectKeys.fresh("files/3", "");

        assertThat(store().put(key, new ByteArrayInputStream(bytes(4096)), 4096, "text/plain")).isEqualTo(4096);
    }

    @Test
    void listsByPrefixAndDeletes() {
        String a = ObjectKeys.fresh("covers/4", ".jpg");
        String b = ObjectKeys.fresh("covers/4", ".jpg");
        String elsewhere = ObjectKeys.fresh("covers/5", ".jpg");
        for (String key : new String[] {a, b, elsewhere}) {
            store().put(key, new ByteArrayInputStream(bytes(10)), 100, "image/jpeg");
        }

        assertThat(store().list("covers/4")).extracting(StoredObject::key).containsExactlyInAnyOrder(a, b);

        store().delete(a);
        store().delete(a); // twice: nothing happens

        assertThat(store().list("covers/4")).extracting(StoredObject::key).containsExactly(b);
        assertThat(store().stat(a)).isEmpty();
    }

    @Test
    void keysCannotClimbOutOfTheStore() {
        for (String key : new String[] {"../etc/passwd", "files/../../x", "/abs", "files//x", ".incoming/x", ""}) {
            assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(bytes(1)), 10, "text/plain"))
                    .as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
