package com.yumroad.activity.internal;

import com.yumroad.activity.Activity;
import com.yumroad.activity.StoreActivity;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.paging.Cursors;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class ActivityFeed implements StoreActivity {

    private final ActivityRepository activity;
    private final Storefront storefront;
    private final Cursors cursors;

    ActivityFeed(ActivityRepository activity, Storefront storefront, Cursors cursors) {
        this.activity = activity;
        this.storefront = storefront;
        this.cursors = cursors;
    }

    @Override
    @ReadOnly
    public Page<Activity> of(long storeId, long actingUserId, PageRequest page) {
        Store store = storefront.find(storeId).orElseThrow(() -> new NotFoundException("Store", storeId));
        if (store.ownerId() != actingUserId) {
            throw new ForbiddenException("Only the store's owner sees its activity");
        }
        String list = "store-activity:" + storeId;
        Long after = page.cursor() == null ? null : cursors.position(page.cursor(), list);
        List<ActivityRow> rows = activity.page(storeId, after, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<ActivityRow> items = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? cursors.after(items.get(items.size() - 1).publicationId(), list) : null;
        return new Page<>(items.stream().map(ActivityFeed::toActivity).toList(), next);
    }

    private static Activity toActivity(ActivityRow row) {
        return new Activity(row.kind(), row.occurredAt(), row.productId(), row.name(), row.previousName(),
                Boolean.TRUE.equals(row.productRemoved()));
    }
}
