package com.yumroad.kernel.db.migration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewMigrationTest {

    @TempDir
    Path project;

    private final NewMigration newMigration = new NewMigration(MigrationFixture.migrations());

    @Test
    void writesTheNextVersionAndItsUndoTwinIntoTheModulesFolder() throws Exception {
        Path folder = Files.createDirectories(project.resolve("modules/catalog/src/main/resources/db/migration/catalog"));
        Files.writeString(folder.resolve("V1__create_products_and_tags.sql"), "select 1;");
        Files.writeString(folder.resolve("U1__create_products_and_tags.sql"), "select 1;");
        Files.writeString(folder.resolve("V2__index_products.sql"), "select 1;");

        NewMigrationFiles files = newMigration.write(project, "catalog", "  Add weight (grams) to products ");

        assertThat(files.version()).isEqualTo("3");
        assertThat(files.migration())
                .isEqualTo("modules/catalog/src/main/resources/db/migration/catalog/V3__add_weight_grams_to_products.sql");
        assertThat(files.undo())
                .isEqualTo("modules/catalog/src/main/resources/db/migration/catalog/U3__add_weight_grams_to_products.sql");
        assertThat(Files.readString(project.resolve(files.migration()))).startsWith("-- Add weight (grams) to products\n");
        assertThat(Files.readString(project.resolve(files.undo()))).contains("Takes back V3__add_weight_grams_to_products.sql");
    }

    @Test
    void refusesAnUnknownModuleAndAnEmptyDescription() throws Exception {
        Files.createDirectories(project.resolve("modules/accounts"));

        assertThatThrownBy(() -> newMigration.write(project, "billing", "add invoices"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No module named 'billing'");
        assertThatThrownBy(() -> newMigration.write(project, "accounts", " -- "))
                .isInstanceOf(MigrationRefusedException.class).hasMessageContaining("description");
        assertThat(project.resolve("modules/accounts/src")).doesNotExist();
    }

    @Test
    void findsTheCheckoutFromASubdirectory() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path deep = Files.createDirectories(project.resolve("modules/catalog/src"));

        assertThat(ProjectRoot.locate(deep)).isEqualTo(project.toAbsolutePath().normalize());
    }
}
