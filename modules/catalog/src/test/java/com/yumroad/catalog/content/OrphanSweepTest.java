package com.yumroad.catalog.content;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Cover;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.ProductFile;
import com.yumroad.storage.ObjectKeys;
import com.yumroad.storage.ObjectStore;
import com.yumroad.storage.StoredObject;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Objects no row names (a failed commit, a crash, a removed product) are swept once old enough; the rest stay. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.content.sweep-after", value = "1h")
class OrphanSweepTest implements FreshDatabase {

    @Inject
    OrphanSweep sweep;
    @Inject
    ObjectStore store;
    @Inject
    ProductContent content;
    @Inject
    Catalog catalog;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;

    @Test
    void sweepsOnlyOldObjectsThatNoRowNames() {
        long seller = accounts.register(new Registration("sweep@example.com", "Sweeper", "correct horse")).id();
        storefront.open(seller, new NewStore("Sweeps", null));
        long kept = catalog.create(seller, new NewProduct("Kept", "", 100L, List.of())).id();
        long removed = catalog.create(seller, new NewProduct("Removed", "", 100L, List.of())).id();
        ProductFile keptFile = content.addFile(kept, seller, "kept.pdf", "application/pdf", bytes(100));
        Cover keptCover = content.changeCover(kept, seller, new ByteArrayInputStream(Images.png(50, 50, false)), null);
        content.addFile(removed, seller, "gone.pdf", "application/pdf", bytes(100));
        content.changeCover(removed, seller, new ByteArrayInputStream(Images.png(50, 50, false)), null);
        catalog.remove(removed, seller);
        String failedUpload = ObjectKeys.fresh("files/" + kept, "");
        store.put(failedUpload, bytes(10), 100, "application/pdf");

        assertThat(sweep.sweep(Instant.now())).as("nothing is an hour old yet").isZero();

        int deleted = sweep.sweep(Instant.now().plus(Duration.ofHours(2)));

        assertThat(deleted).isEqualTo(1 + 1 + Cover.WIDTHS.size()); // the failed upload, the removed product's file and cover
        List<String> left = store.list("files").stream().map(StoredObject::key).toList();
        assertThat(left).hasSize(1);
        assertThat(content.read(keptFile, 0, 100)).isNotNull();
        assertThat(store.list("covers")).extracting(StoredObject::key)
                .containsExactlyInAnyOrderElementsOf(Cover.WIDTHS.stream().map(w -> Cover.variantKey(keptCover.key(), w)).toList());
    }

    private static ByteArrayInputStream bytes(int size) {
        return new ByteArrayInputStream(new byte[size]);
    }
}
