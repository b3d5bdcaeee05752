package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.db.PlatformSchema;
import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes the next versioned migration of a module and its undo twin into the module's source folder
 * ({@code modules/<module>/src/main/resources/db/migration/<module>}), numbered one above the highest version there.
 */
@Singleton
public class NewMigration {

    private static final int MAX_WORDS = 80;

    private final ModuleMigrations migrations;

    public NewMigration(ModuleMigrations migrations) {
        this.migrations = migrations;
    }

    public NewMigrationFiles write(Path projectRoot, String moduleName, String description) {
        ApplicationModule module = migrations.module(moduleName);
        String words = words(description);
        Path moduleDir = module instanceof PlatformSchema
                ? projectRoot.resolve("platform").resolve("kernel")
                : projectRoot.resolve("modules").resolve(module.name());
        if (!Files.isDirectory(moduleDir)) {
            throw new MigrationRefusedException("module " + module.name() + " has no sources at " + moduleDir);
        }
        Path folder = moduleDir.resolve("src/main/resources").resolve(module.migrationsFolder());
        try {
            Files.createDirectories(folder);
            String version = String.valueOf(highestMajorVersion(folder) + 1);
            MigrationFileName migration = MigrationFileName.versioned(version, words);
            Path forward = folder.resolve(migration.fileName());
            Path undo = folder.resolve(migration.twin().fileName());
            Files.writeString(forward, forwardTemplate(module, migration, description), StandardOpenOption.CREATE_NEW);
            Files.writeString(undo, undoTemplate(module, migration), StandardOpenOption.CREATE_NEW);
            return new NewMigrationFiles(module.name(), version, projectRoot.relativize(forward).toString(),
                    projectRoot.relativize(undo).toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the migration into " + folder + ": " + e.getMessage(), e);
        }
    }

    static String words(String description) {
        String words = description == null ? "" : description.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (words.isEmpty()) {
            throw new MigrationRefusedException("the description needs at least one letter or digit");
        }
        return words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS).replaceAll("_+$", "") : words;
    }

    private static int highestMajorVersion(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> MigrationFileName.parse(f.getFileName().toString()))
                    .flatMap(java.util.Optional::stream)
                    .mapToInt(name -> name.flywayVersion().getMajor().intValue())
                    .max().orElse(0);
        }
    }

    private static String forwardTemplate(ApplicationModule module, MigrationFileName migration, String description) {
        return "-- " + description.strip().replace('\n', ' ') + "\n"
                + "-- Runs in schema " + module.schema() + " (unqualified names are " + module.schema() + "'s). "
                + "Keep " + migration.twin() + " in step:\n"
                + "-- it must take back exactly what this file does.\n";
    }

    private static String undoTemplate(ApplicationModule module, MigrationFileName migration) {
        return "-- Takes back " + migration + ". `db downgrade --module " + module.name() + "` runs it and deletes\n"
                + "-- version " + migration.version() + " from " + module.schema()
                + ".flyway_schema_history in the same transaction.\n";
    }
}
