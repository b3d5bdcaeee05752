package com.yumroad.kernel.db.migration;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Yumroad checkout a developer works in: the nearest directory, from here upwards, with a pom.xml and modules/. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static Path locate(Path from) {
        for (Path dir = from.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("modules"))) {
                return dir;
            }
        }
        throw new MigrationRefusedException("no Yumroad checkout (a directory with pom.xml and modules/) at or above "
                + from.toAbsolutePath().normalize());
    }
}
