package com.yumroad.delivery;

import java.time.Instant;

/** A file of an order with its private link ({@code path}, on this site) and when the link expires. */
public record DownloadLink(long fileId, String fileName, long sizeBytes, String path, Instant expiresAt) {
}
