package com.yumroad.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDiskStoreTest extends ObjectStoreContract {

    @TempDir
    Path directory;

    private LocalDiskStore store;

    @Override
    ObjectStore store() {
        if (store == null) {
            store = new LocalDiskStore(directory);
        }
        return store;
    }

    @Test
    void anOversizedUploadLeavesNoPartialFileBehind() throws Exception {
        try {
            store().put("files/9/x", new ByteArrayInputStream(bytes(3000)), 1000, "text/plain");
        } catch (ObjectTooLargeException expected) {
            // what the contract checks; here: no part file either
        }
        try (var files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void hasNoDirectDownloadUrls() {
        assertThat(store().downloadUrl("files/1/x", "x.pdf", "application/pdf", Duration.ofMinutes(1))).isEmpty();
    }
}
