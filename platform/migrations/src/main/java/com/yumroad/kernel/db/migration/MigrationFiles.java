package com.yumroad.kernel.db.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The rules a module's migration folder keeps, checked without a database: every file is a versioned migration or an
 * undo twin, no version is used twice, and every migration has its twin and every twin its migration.
 */
final class MigrationFiles {

    private MigrationFiles() {
    }

    /** Calls {@code problem} with (file, what is wrong) for every broken rule. */
    static void check(Set<String> fileNames, BiConsumer<String, String> problem) {
        Map<String, List<MigrationFileName>> versioned = new TreeMap<>();
        List<MigrationFileName> all = new ArrayList<>();
        for (String file : fileNames) {
            Optional<MigrationFileName> name = MigrationFileName.parse(file);
            if (name.isEmpty()) {
                problem.accept(file, "not named V<version>__<what>.sql or U<version>__<what>.sql");
                continue;
            }
            all.add(name.get());
            if (!name.get().undo()) {
                versioned.computeIfAbsent(name.get().flywayVersion().getVersion(), v -> new ArrayList<>()).add(name.get());
            }
        }
        versioned.forEach((version, names) -> {
            if (names.size() > 1) {
                problem.accept(names.get(1).fileName(), "version " + version + " is also used by " + names.get(0));
            }
        });
        for (MigrationFileName name : all) {
            if (!fileNames.contains(name.twin().fileName())) {
                problem.accept(name.fileName(), name.undo()
                        ? "undo twin without its migration " + name.twin()
                        : "no undo twin " + name.twin());
            }
        }
    }
}
