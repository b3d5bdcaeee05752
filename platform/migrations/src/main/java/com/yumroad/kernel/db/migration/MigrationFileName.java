package com.yumroad.kernel.db.migration;

import org.flywaydb.core.api.MigrationVersion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a migration file: {@code V<version>__<what>.sql} applies a change, its undo twin
 * {@code U<version>__<what>.sql} (same version, same words) takes it back.
 */
public record MigrationFileName(boolean undo, String version, String words) {

    private static final Pattern NAME = Pattern.compile("^([VU])(\\d+(?:[._]\\d+)*)__([A-Za-z0-9_]+)\\.sql$");

    public static Optional<MigrationFileName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MigrationFileName(m.group(1).equals("U"), m.group(2), m.group(3)));
    }

    public static MigrationFileName versioned(String version, String words) {
        return new MigrationFileName(false, version, words);
    }

    public MigrationFileName twin() {
        return new MigrationFileName(!undo, version, words);
    }

    public MigrationVersion flywayVersion() {
        return MigrationVersion.fromVersion(version);
    }

    public String fileName() {
        return (undo ? "U" : "V") + version + "__" + words + ".sql";
    }

    @Override
    public String toString() {
        return fileName();
    }
}
