package com.yumroad.storage;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.nio.file.Path;

/** The one {@link ObjectStore}: S3 when a bucket is configured, else the local disk. */
@Factory
class StorageFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    ObjectStore objectStore(StorageSettings settings) {
        if (settings.s3() != null && settings.s3().enabled()) {
            StorageSettings.S3 s3 = settings.s3();
            LOG.info("Files are kept in S3 bucket {}{}", s3.bucket(),
                    blank(s3.endpoint()) ? "" : " at " + s3.endpoint());
            return new S3Store(s3Client(s3), presigner(s3), s3.bucket());
        }
        LocalDiskStore local = new LocalDiskStore(Path.of(settings.local().directory()));
        LOG.info("Files are kept in {}", local.root());
        return local;
    }

    static S3Client s3Client(StorageSettings.S3 s3) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region(s3))
                .credentialsProvider(credentials(s3))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
        if (!blank(s3.endpoint())) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        return builder.build();
    }

    static S3Presigner presigner(StorageSettings.S3 s3) {
        var builder = S3Presigner.builder()
                .region(region(s3))
                .credentialsProvider(credentials(s3))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
        String endpoint = blank(s3.publicEndpoint()) ? s3.endpoint() : s3.publicEndpoint();
        if (!blank(endpoint)) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    private static Region region(StorageSettings.S3 s3) {
        return Region.of(blank(s3.region()) ? "us-east-1" : s3.region());
    }

    private static AwsCredentialsProvider credentials(StorageSettings.S3 s3) {
        return blank(s3.accessKeyId())
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(), s3.secretAccessKey()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
