package com.yumroad.storage;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Objects in one S3 bucket (or any S3-compatible store). Uploads of unknown length go up in parts of
 * {@code partSize} bytes, so memory per upload is one part whatever the file's size; a failed or oversized upload
 * is aborted and leaves nothing. Downloads may go straight to the store through presigned URLs.
 */
final class S3Store implements ObjectStore {

    static final int PART_SIZE = 8 * 1024 * 1024;

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    S3Store(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public long put(String key, InputStream content, long maxBytes, String contentType) {
        ObjectKeys.checked(key);
        CountingLimit limited = new CountingLimit(content, maxBytes);
        try {
            byte[] first = limited.readNBytes(PART_SIZE);
            if (first.length < PART_SIZE) {
                s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(first));
                return first.length;
            }
            putInParts(key, first, limited, contentType);
            return limited.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putInParts(String key, byte[] first, CountingLimit rest, String contentType) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            byte[] part = first;
            while (part.length > 0) {
                int number = parts.size() + 1;
                byte[] bytes = part;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                        RequestBody.fromBytes(bytes)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                part = rest.readNBytes(PART_SIZE);
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
        } catch (RuntimeException | IOException e) {
            s3.abortMultipartUpload(AbortMultipartUploadRequest.builder().bucket(bucket).key(key).uploadId(uploadId).build());
            throw e;
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(ObjectKeys.checked(key)));
            return Optional.of(new StoredObject(key, head.contentLength(), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(b -> b.bucket(bucket).key(ObjectKeys.checked(key))
                    .range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchObjectException(key);
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(ObjectKeys.checked(key)));
    }

    @Override
    public List<StoredObject> list(String prefix) {
        String folder = ObjectKeys.checked(prefix) + "/";
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(folder)).contents().stream()
                .map(o -> new StoredObject(o.key(), o.size(), o.lastModified()))
                .toList();
    }

    @Override
    public Optional<URI> downloadUrl(String key, String fileName, String contentType, Duration ttl) {
        String disposition = ContentDisposition.attachment(fileName);
        return Optional.of(URI.create(presigner.presignGetObject(p -> p.signatureDuration(ttl)
                .getObjectRequest(g -> g.bucket(bucket).key(ObjectKeys.checked(key))
                        .responseContentDisposition(disposition).responseContentType(contentType)))
                .url().toString()));
    }

    @Override
    public void close() {
        s3.close();
        presigner.close();
    }
}
