package com.yumroad.catalog;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a product delivers: its files, and the cover image that shows it. Only the product's creator changes them
 * (ForbiddenException otherwise; NotFoundException for an unknown product or file). Uploads are streamed to the
 * object store and only then recorded, so a row always has its object; objects no row names are swept.
 */
public interface ProductContent {

    /** The product's files in the seller's order. */
    List<ProductFile> files(long productId);

    Optional<ProductFile> file(long fileId);

    /**
     * Adds a file at the end of the list, streaming {@code content} to the store; {@code TooLargeException (413)} past the
     * configured maximum (nothing is kept), InvalidInputException for a bad name.
     */
    ProductFile addFile(long productId, long actingUserId, String name, String contentType, InputStream content);

    ProductFile renameFile(long productId, long fileId, long actingUserId, String name);

    /** Moves a file to {@code position} (0 = first; past the end = last), shifting the others. */
    List<ProductFile> moveFile(long productId, long fileId, long actingUserId, int position);

    void removeFile(long productId, long fileId, long actingUserId);

    /**
     * Replaces the cover with this image (JPEG, PNG or WebP, recognised from its bytes whatever its name):
     * InvalidInputException on field {@code cover} for anything else. {@code alt} may be null.
     */
    Cover changeCover(long productId, long actingUserId, InputStream image, String alt);

    void removeCover(long productId, long actingUserId);

    /** {@code length} bytes of a file from {@code offset}: for delivering it. */
    InputStream read(ProductFile file, long offset, long length);

    /** A direct, expiring download URL from the store, when it has them (S3); empty for the local disk. */
    Optional<URI> directDownload(ProductFile file, Duration ttl);

    /** The largest file a seller may upload, in bytes. */
    long maxFileSize();
}
