package com.yumroad.delivery.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of delivery.download_limits: the most downloads each order of a product may make. */
@MappedEntity(value = "download_limits", schema = "delivery")
public record DownloadLimitRow(@Id long productId, int maxDownloads) {
}
