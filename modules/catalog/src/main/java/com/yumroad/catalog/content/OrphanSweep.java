package com.yumroad.catalog.content;

import com.yumroad.catalog.internal.ProductRepository;
import com.yumroad.storage.ObjectStore;
import com.yumroad.storage.StoredObject;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.util.StringUtils;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Deletes stored objects that no row names and that are older than {@code sweep-after}: uploads whose commit
 * failed or whose process died, and the objects of removed products (their rows go with the product). Younger
 * objects may belong to an upload still in flight, so they wait for a later run. Runs every {@code sweep-interval}.
 */
@Singleton
@Requires(property = "yumroad.content.sweep-enabled", value = StringUtils.TRUE, defaultValue = StringUtils.TRUE)
class OrphanSweep implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweep.class);
    private static final Pattern VARIANT = Pattern.compile("-\\d+(\\.[a-z]+)$");
    private static final int BATCH = 500;

    private final ObjectStore store;
    private final ProductFileRepository files;
    private final ProductRepository products;
    private final ContentSettings settings;
    private final TaskScheduler scheduler;
    private volatile ScheduledFuture<?> schedule;

    OrphanSweep(ObjectStore store, ProductFileRepository files, ProductRepository products, ContentSettings settings,
                @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.store = store;
        this.files = files;
        this.products = products;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        schedule = scheduler.scheduleWithFixedDelay(settings.sweepInterval(), settings.sweepInterval(), this::run);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void run() {
        try {
            int deleted = sweep(Instant.now());
            if (deleted > 0) {
                LOG.info("Orphan sweep deleted {} stored objects that no product names", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Orphan sweep failed; the next run tries again", e);
        }
    }

    /** Deletes the orphans written before {@code now - sweep-after}; returns how many. */
    int sweep(Instant now) {
        Instant before = now.minus(settings.sweepAfter());
        return sweep("files", before, Function.identity(), files::storageKeysAmong)
                + sweep("covers", before, OrphanSweep::coverKey, products::coverKeysAmong);
    }

    private int sweep(String prefix, Instant before, Function<String, String> rowKey,
                      Function<List<String>, List<String>> named) {
        List<StoredObject> old = store.list(prefix).stream().filter(o -> o.lastModified().isBefore(before)).toList();
        int deleted = 0;
        for (int from = 0; from < old.size(); from += BATCH) {
            List<StoredObject> batch = old.subList(from, Math.min(old.size(), from + BATCH));
            Set<String> kept = new HashSet<>(named.apply(batch.stream().map(o -> rowKey.apply(o.key())).distinct().toList()));
            for (StoredObject object : batch) {
                if (!kept.contains(rowKey.apply(object.key()))) {
                    store.delete(object.key());
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** {@code covers/7/abc-640.jpg} belongs to the cover {@code covers/7/abc.jpg}. */
    static String coverKey(String variantKey) {
        return VARIANT.matcher(variantKey).replaceFirst("$1");
    }
}
