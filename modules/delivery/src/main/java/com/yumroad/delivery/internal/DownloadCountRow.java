package com.yumroad.delivery.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of delivery.download_counts: how many downloads an order has made. */
@MappedEntity(value = "download_counts", schema = "delivery")
public record DownloadCountRow(@Id long orderId, int downloads) {
}
