package com.yumroad.kernel.notices;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A memory that forgets what any instance changed: "another instance" is a plain connection that NOTIFYs the
 * channel, which only the listening connection can tell this instance about.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticedCacheTest implements FreshDatabase {

    private static final String CHANNEL = "test_prices";
    private static final String SHELVES = "test_shelves";
    /** Notices for more than one cache: some name none of a cache's keys. */
    private static final String LISTS = "test_lists";

    @Inject
    ChangeNotices notices;
    @Inject
    TransactionOperations<Connection> transactions;

    private final Map<Long, Long> database = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final Map<String, String> shelves = new ConcurrentHashMap<>();
    private NoticedCache<Long, Long> prices;
    /** Keyed "shelf/item"; a notice names a shelf. */
    private NoticedCache<String, String> items;

    @BeforeAll
    void subscribe() {
        prices = notices.cache(CHANNEL, Long::valueOf, Caffeine.newBuilder().maximumSize(100));
        items = notices.scopedCache(SHELVES, (key, shelf) -> key.startsWith(shelf + "/"),
                Caffeine.newBuilder().maximumSize(100));
    }

    @Test
    void aRememberedValueIsNotReadAgain() {
        database.put(1L, 500L);
        price(1L);

        assertThat(readsOf(() -> price(1L))).isZero();
    }

    @Test
    void aCommittedNoticeForgetsItsKeyAndOnlyIt() throws SQLException {
        database.put(2L, 500L);
        database.put(3L, 900L);
        price(2L);
        price(3L);
        database.put(2L, 700L);

        notifyFromElsewhere("2", true);

        assertThat(Eventually.await("the notice", () -> price(2L), p -> p == 700L)).isEqualTo(700L);
        assertThat(readsOf(() -> price(3L))).isZero();
    }

    @Test
    void aRolledBackNoticeForgetsNothing() throws SQLException {
        database.put(4L, 500L);
        database.put(5L, 100L);
        price(4L);
        price(5L);
        database.put(4L, 700L);
        database.put(5L, 200L);

        notifyFromElsewhere("4", false);
        notifyFromElsewhere("5", true);

        Eventually.await("the later notice", () -> price(5L), p -> p == 200L);
        assertThat(price(4L)).isEqualTo(500L);
    }

    @Test
    void theWholeMemoryIsForgottenOnANoticeForEverything() throws SQLException {
        database.put(6L, 1L);
        database.put(7L, 2L);
        price(6L);
        price(7L);
        database.put(6L, 10L);
        database.put(7L, 20L);

        notifyFromElsewhere(NoticedCache.EVERYTHING, true);

        assertThat(Eventually.await("the notice", () -> price(6L), p -> p == 10L)).isEqualTo(10L);
        assertThat(price(7L)).isEqualTo(20L);
    }

    @Test
    void aNoticeThatNamesNoKeyOfTheCacheForgetsNothingAndTheCacheStillHears() throws SQLException {
        NoticedCache<Long, Long> evens = notices.cache(LISTS, payload -> payload.startsWith("odd") ? null
                : Long.valueOf(payload), Caffeine.newBuilder().maximumSize(10));
        Map<Long, Long> read = new ConcurrentHashMap<>(Map.of(20L, 1L, 22L, 1L));
        List.of(20L, 22L).forEach(key -> evens.get(key, read::get));
        read.replaceAll((key, value) -> 2L);

        notifyFromElsewhere(LISTS, "odd21", true);
        notifyFromElsewhere(LISTS, "22", true);

        Eventually.await("the later notice", () -> evens.get(22L, read::get), value -> value == 2L);
        assertThat(evens.get(20L, read::get)).isEqualTo(1L);
    }

    @Test
    void theWritingInstanceForgetsAtItsOwnCommitNotBefore() {
        database.put(8L, 500L);
        price(8L);

        transactions.executeWrite(status -> {
            database.put(8L, 600L);
            prices.forgetAfterCommit(8L);
            assertThat(price(8L)).isEqualTo(500L);
            return null;
        });

        assertThat(price(8L)).isEqualTo(600L);
    }

    @Test
    void whatTheWritingInstanceHearsAtItsCommitReachesEverySubscriberOfTheChannelAndARollbackTellsNothing() {
        NoticedCache<Long, Long> another = notices.cache(CHANNEL, Long::valueOf, Caffeine.newBuilder().maximumSize(10));
        database.put(9L, 500L);
        price(9L);
        another.get(9L, key -> 500L);

        try {
            transactions.executeWrite(status -> {
                notices.hearAfterCommit(CHANNEL, "9");
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // nothing heard
        }
        assertThat(readsOf(() -> price(9L))).isZero();

        transactions.executeWrite(status -> {
            database.put(9L, 600L);
            notices.hearAfterCommit(CHANNEL, "9");
            assertThat(price(9L)).isEqualTo(500L);
            return null;
        });

        assertThat(price(9L)).isEqualTo(600L);
        assertThat(another.get(9L, key -> 600L)).isEqualTo(600L);
    }

    @Test
    void aNoticeNamingAScopeForgetsEveryKeyInItAndOnlyThose() throws SQLException {
        shelves.put("a/1", "old");
        shelves.put("a/2", "old");
        shelves.put("ab/1", "old");
        List.of("a/1", "a/2", "ab/1").forEach(this::item);
        List.of("a/1", "a/2", "ab/1").forEach(key -> shelves.put(key, "new"));

        notifyFromElsewhere(SHELVES, "a", true);

        assertThat(Eventually.await("the notice", () -> item("a/1") + "," + item("a/2"), "new,new"::equals))
                .isEqualTo("new,new");
        assertThat(readsOf(() -> assertThat(item("ab/1")).isEqualTo("old"))).isZero();
    }

    @Test
    void theWritingInstanceForgetsAScopeAtItsOwnCommit() {
        shelves.put("c/1", "old");
        item("c/1");

        transactions.executeWrite(status -> {
            shelves.put("c/1", "new");
            notices.hearAfterCommit(SHELVES, "c");
            assertThat(item("c/1")).isEqualTo("old");
            return null;
        });

        assertThat(item("c/1")).isEqualTo("new");
    }

    private String item(String key) {
        return items.get(key, k -> {
            reads.incrementAndGet();
            return shelves.get(k);
        });
    }

    private long price(long id) {
        return prices.get(id, key -> {
            reads.incrementAndGet();
            return database.get(key);
        });
    }

    private int readsOf(Runnable action) {
        int before = reads.get();
        action.run();
        return reads.get() - before;
    }

    private void notifyFromElsewhere(String payload, boolean commit) throws SQLException {
        notifyFromElsewhere(CHANNEL, payload, commit);
    }

    private void notifyFromElsewhere(String channel, String payload, boolean commit) throws SQLException {
        try (Connection elsewhere = connection()) {
            elsewhere.setAutoCommit(false);
            try (PreparedStatement notice = elsewhere.prepareStatement("select pg_notify(?, ?)")) {
                notice.setString(1, channel);
                notice.setString(2, payload);
                notice.execute();
            }
            if (commit) {
                elsewhere.commit();
            } else {
                elsewhere.rollback();
            }
        }
    }
}
