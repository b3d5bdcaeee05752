package com.yumroad.activity;

import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;

/** A store's activity feed, for its owner's dashboard: what happened to the store and its products, newest first. */
public interface StoreActivity {

    /** NotFoundException for an unknown store, ForbiddenException unless the caller owns it. */
    Page<Activity> of(long storeId, long actingUserId, PageRequest page);
}
