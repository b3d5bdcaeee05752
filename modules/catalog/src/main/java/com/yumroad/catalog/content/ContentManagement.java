package com.yumroad.catalog.content;

import com.yumroad.catalog.Cover;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.ProductFile;
import com.yumroad.catalog.internal.ProductCache;
import com.yumroad.catalog.internal.ProductRepository;
import com.yumroad.catalog.internal.ProductRow;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.errors.TooLargeException;
import com.yumroad.storage.ObjectKeys;
import com.yumroad.storage.ObjectStore;
import com.yumroad.storage.ObjectTooLargeException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files and covers, written in the order that keeps the database and the store in agreement: the object is
 * written whole first, then the row is committed; when the commit fails the object is deleted at once, and if the
 * process dies in between, {@link OrphanSweep} deletes it later. Removing works the other way round (row first,
 * then the object). No transaction is open while bytes are moving.
 */
@Singleton
class ContentManagement implements ProductContent {

    private final ProductRepository products;
    private final ProductFileRepository files;
    private final ObjectStore store;
    private final CoverImages covers;
    private final ContentSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final ProductCache cache;

    ContentManagement(ProductRepository products, ProductFileRepository files, ObjectStore store, CoverImages covers,
                      ContentSettings settings, TransactionOperations<Connection> transactions, ProductCache cache) {
        this.products = products;
        this.cache = cache;
        this.files = files;
        this.store = store;
        this.covers = covers;
        this.settings = settings;
        this.transactions = transactions;
    }

    @Override
    @ReadOnly
    public List<ProductFile> files(long productId) {
        return files.ofProduct(productId).stream().map(ProductFileRow::file).toList();
    }

    @Override
    @ReadOnly
    public Optional<ProductFile> file(long fileId) {
        return files.findById(fileId).map(ProductFileRow::file);
    }

    @Override
    public ProductFile addFile(long productId, long actingUserId, String name, String contentType, InputStream content) {
        owned(productId, actingUserId);
        String fileName = FileNames.normalise("file", name);
        String type = FileNames.contentType(contentType);
        String key = ObjectKeys.fresh("files/" + productId, "");
        long size;
        try {
            size = store.put(key, content, settings.maxFileSize(), type);
        } catch (ObjectTooLargeException e) {
            throw new TooLargeException("file", "A file may be at most " + Sizes.readable(settings.maxFileSize()));
        }
        try {
            return transactions.executeWrite(status -> {
                locked(productId);
                int position = files.nextPosition(productId);
                return files.save(new ProductFileRow(null, productId, key, fileName, size, type, position, null)).file();
            });
        } catch (RuntimeException e) {
            store.delete(key);
            throw e;
        }
    }

    @Override
    public ProductFile renameFile(long productId, long fileId, long actingUserId, String name) {
        owned(productId, actingUserId);
        String fileName = FileNames.normalise("name", name);
        return transactions.executeWrite(status -> {
            ProductFileRow row = fileOf(productId, fileId);
            files.rename(fileId, fileName);
            return files.findById(row.id()).orElseThrow().file();
        });
    }

    @Override
    public List<ProductFile> moveFile(long productId, long fileId, long actingUserId, int position) {
        owned(productId, actingUserId);
        return transactions.executeWrite(status -> {
            locked(productId);
            ProductFileRow moved = fileOf(productId, fileId);
            List<ProductFileRow> order = new ArrayList<>(files.ofProduct(productId));
            order.removeIf(row -> row.id().equals(moved.id()));
            order.add(Math.max(0, Math.min(position, order.size())), moved);
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).position() != i) {
                    files.place(order.get(i).id(), i);
                }
            }
            return files(productId);
        });
    }

    @Override
    public void removeFile(long productId, long fileId, long actingUserId) {
        owned(productId, actingUserId);
        ProductFileRow removed = transactions.executeWrite(status -> {
            locked(productId);
            ProductFileRow row = fileOf(productId, fileId);
            files.delete(row);
            return row;
        });
        store.delete(removed.storageKey());
    }

    @Override
    public Cover changeCover(long productId, long actingUserId, InputStream image, String alt) {
        owned(productId, actingUserId);
        String altText = alt(alt);
        CoverImages.Encoded encoded = covers.encode(upTo(image, settings.maxCoverSize()), settings.maxCoverPixels());
        String key = ObjectKeys.fresh("covers/" + productId, "." + encoded.extension());
        encoded.variants().forEach((width, bytes) -> store.put(Cover.variantKey(key, width),
                new java.io.ByteArrayInputStream(bytes), bytes.length, encoded.contentType()));
        String previous;
        try {
            previous = transactions.executeWrite(status -> {
                ProductRow row = locked(productId);
                products.updateCover(productId, key, altText);
                cache.changed(row);
                return row.coverKey();
            });
        } catch (RuntimeException e) {
            deleteVariants(key);
            throw e;
        }
        if (previous != null) {
            deleteVariants(previous);
        }
        return new Cover(key, altText);
    }

    @Override
    public void removeCover(long productId, long actingUserId) {
        owned(productId, actingUserId);
        String previous = transactions.executeWrite(status -> {
            ProductRow row = locked(productId);
            products.updateCover(productId, null, null);
            cache.changed(row);
            return row.coverKey();
        });
        if (previous != null) {
            deleteVariants(previous);
        }
    }

    @Override
    public InputStream read(ProductFile file, long offset, long length) {
        return store.open(storageKey(file), offset, length);
    }

    @Override
    public Optional<URI> directDownload(ProductFile file, Duration ttl) {
        return store.downloadUrl(storageKey(file), file.name(), file.contentType(), ttl);
    }

    @Override
    public long maxFileSize() {
        return settings.maxFileSize();
    }

    private String storageKey(ProductFile file) {
        return files.findById(file.id()).orElseThrow(() -> new NotFoundException("File", file.id())).storageKey();
    }

    private void deleteVariants(String key) {
        Cover.WIDTHS.forEach(width -> store.delete(Cover.variantKey(key, width)));
    }

    private ProductRow owned(long productId, long actingUserId) {
        ProductRow row = products.findById(productId).orElseThrow(() -> new NotFoundException("Product", productId));
        if (row.creatorId() != actingUserId) {
            throw new ForbiddenException("Only the product's creator may change it");
        }
        return row;
    }

    private ProductRow locked(long productId) {
        files.lockProduct(productId).orElseThrow(() -> new NotFoundException("Product", productId));
        return products.findById(productId).orElseThrow(() -> new NotFoundException("Product", productId));
    }

    private ProductFileRow fileOf(long productId, long fileId) {
        return files.findById(fileId).filter(row -> row.productId() == productId)
                .orElseThrow(() -> new NotFoundException("File", fileId));
    }

    private static String alt(String alt) {
        String text = alt == null ? "" : alt.strip();
        if (text.length() > 300) {
            throw new InvalidInputException("alt", "At most 300 characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static byte[] upTo(InputStream in, long maxBytes) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLargeException(CoverImages.FIELD, "A cover may be at most " + Sizes.readable(maxBytes));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
