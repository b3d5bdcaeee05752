package com.yumroad.catalog.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.catalog.Activity;
import com.yumroad.catalog.StoreActivity;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** GET /api/v1/stores/{id}/activity: the store's activity feed, for its owner only. */
@Controller("/api/v1/stores/{storeId}/activity")
@ExecuteOn(TaskExecutors.BLOCKING)
class ActivityApi {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ActivityPage(List<Activity> items, @Nullable String nextCursor) {
    }

    private final StoreActivity activity;

    ActivityApi(StoreActivity activity) {
        this.activity = activity;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ActivityPage activity(long storeId, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor,
                          Authentication caller) {
        Page<Activity> page = activity.of(storeId, CurrentUser.id(caller), PageRequest.of(limit, cursor));
        return new ActivityPage(page.items(), page.nextCursor());
    }
}
