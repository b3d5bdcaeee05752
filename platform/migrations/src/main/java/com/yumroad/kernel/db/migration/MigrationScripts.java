package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files in a module's migration locations, as Flyway sees them ({@code classpath:} folders, in a directory or in
 * the application jar, and {@code filesystem:} folders), including the undo twins Flyway itself ignores.
 */
@Singleton
public class MigrationScripts {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    private final ModuleMigrations migrations;

    public MigrationScripts(ModuleMigrations migrations) {
        this.migrations = migrations;
    }

    /** Names of the files directly in the module's locations. */
    public SortedSet<String> fileNames(ApplicationModule module) {
        SortedSet<String> names = new TreeSet<>();
        for (String location : migrations.locations(module)) {
            try {
                if (location.startsWith(FILESYSTEM)) {
                    addDirectory(Path.of(location.substring(FILESYSTEM.length())), names);
                } else {
                    String folder = trimSlashes(location.substring(location.startsWith(CLASSPATH) ? CLASSPATH.length() : 0));
                    for (URL url : Collections.list(classLoader().getResources(folder))) {
                        addClasspathFolder(url, folder, names);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list migrations in " + location + ": " + e.getMessage(), e);
            }
        }
        return names;
    }

    /** The text of one file in the module's locations, if it is there. */
    public Optional<String> read(ApplicationModule module, String fileName) {
        for (String location : migrations.locations(module)) {
            try {
                if (location.startsWith(FILESYSTEM)) {
                    Path file = Path.of(location.substring(FILESYSTEM.length())).resolve(fileName);
                    if (Files.isRegularFile(file)) {
                        return Optional.of(Files.readString(file));
                    }
                } else {
                    String folder = trimSlashes(location.substring(location.startsWith(CLASSPATH) ? CLASSPATH.length() : 0));
                    try (InputStream in = classLoader().getResourceAsStream(folder + "/" + fileName)) {
                        if (in != null) {
                            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + fileName + " in " + location + ": " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    private ClassLoader classLoader() {
        return migrations.getClass().getClassLoader();
    }

    private static void addClasspathFolder(URL url, String folder, SortedSet<String> names) throws IOException {
        if (url.getProtocol().equals("file")) {
            try {
                addDirectory(Path.of(url.toURI()), names);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if (url.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
                        .map(name -> name.substring(prefix.length()))
                        .filter(name -> !name.contains("/"))
                        .forEach(names::add);
            }
        }
    }

    private static void addDirectory(Path directory, SortedSet<String> names) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).forEach(names::add);
        }
    }

    private static String trimSlashes(String folder) {
        String trimmed = folder;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
