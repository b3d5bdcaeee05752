package com.yumroad.platform.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes docs/modules.md from the code. On CI a file that differs from the committed one fails the build, so
 * the picture in the repository is always the code's.
 */
class ModuleDiagramTest {

    private static final Path DOC = Path.of("../../docs/modules.md");

    @Test
    void docsModulesMdIsTheCodesPicture() throws Exception {
        String rendered = ModuleDiagram.render(Modules.declared(), new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.yumroad"));

        assertThat(rendered).contains("storefront --> accounts", "catalog --> storefront",
                "accounts -. UserDeleted .-> storefront", "sales -. SaleCompleted .-> activity", "site --> activity");

        String committed = Files.exists(DOC) ? Files.readString(DOC) : "";
        Files.writeString(DOC, rendered);
        if (System.getenv("CI") != null) {
            assertThat(committed).as("docs/modules.md is out of date: run the tests and commit the file").isEqualTo(rendered);
        }
    }
}
