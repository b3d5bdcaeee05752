package com.yumroad.catalog.content;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/**
 * {@code yumroad.content.*} (defaults in the kernel's platform-defaults.yml).
 *
 * @param maxFileSize    the largest product file, in bytes (readable: {@code 2048MB})
 * @param maxCoverSize   the largest cover image upload
 * @param maxCoverPixels the most pixels a cover may have (width x height), checked before it is decoded
 * @param sweepAfter     objects that no row names are deleted once they are this old (an upload in flight is younger)
 * @param sweepInterval  how often the sweep runs
 */
@ConfigurationProperties("yumroad.content")
record ContentSettings(@ReadableBytes long maxFileSize, @ReadableBytes long maxCoverSize, long maxCoverPixels,
                       Duration sweepAfter, Duration sweepInterval) {
}
