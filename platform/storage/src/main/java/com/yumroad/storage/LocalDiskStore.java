package com.yumroad.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Objects as files under one directory ({@code yumroad.storage.local.directory}). A file is written under
 * {@code .incoming/} and moved into place atomically once complete, so a half-written upload is never seen under its key.
 */
final class LocalDiskStore implements ObjectStore {

    private static final String INCOMING = ".incoming";

    private final Path root;

    LocalDiskStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve(INCOMING));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store in " + this.root, e);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public long put(String key, InputStream content, long maxBytes, String contentType) {
        Path target = path(key);
        Path part = root.resolve(INCOMING).resolve(UUID.randomUUID() + ".part");
        CountingLimit limited = new CountingLimit(content, maxBytes);
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                limited.transferTo(out);
            }
            Files.createDirectories(target.getParent());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return limited.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(part);
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path(key), BasicFileAttributes.class);
            return Optional.of(new StoredObject(key, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            SeekableByteChannel channel = Files.newByteChannel(path(key));
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (NoSuchFileException e) {
            throw new NoSuchObjectException(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        deleteQuietly(path(key));
    }

    @Override
    public List<StoredObject> list(String prefix) {
        Path start = path(prefix);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .flatMap(key -> stat(key).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<URI> downloadUrl(String key, String fileName, String contentType, Duration ttl) {
        return Optional.empty();
    }

    private Path path(String key) {
        Path path = root.resolve(ObjectKeys.checked(key)).normalize();
        if (!path.startsWith(root) || path.startsWith(root.resolve(INCOMING))) {
            throw new IllegalArgumentException("Not an object key: " + key);
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
