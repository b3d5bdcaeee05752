package com.yumroad.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code yumroad.storage.*} (defaults in the kernel's platform-defaults.yml, from the environment): the local
 * directory, or an S3 bucket when {@code s3.bucket} is set.
 */
@ConfigurationProperties("yumroad.storage")
public record StorageSettings(Local local, S3 s3) {

    @ConfigurationProperties("local")
    public record Local(String directory) {
    }

    /**
     * @param endpoint        any S3-compatible store (MinIO, S3Mock); empty for AWS itself
     * @param publicEndpoint  the store's address as browsers reach it, for presigned URLs; empty: {@code endpoint}
     * @param pathStyle       bucket in the path rather than the host name (MinIO and S3Mock need it)
     * @param accessKeyId     empty: the AWS SDK's default credentials chain (environment, profile, instance role)
     */
    @ConfigurationProperties("s3")
    public record S3(@Nullable String bucket, @Nullable String region, @Nullable String endpoint,
                     @Nullable String publicEndpoint, boolean pathStyle,
                     @Nullable String accessKeyId, @Nullable String secretAccessKey) {

        boolean enabled() {
            return bucket != null && !bucket.isBlank();
        }
    }
}
