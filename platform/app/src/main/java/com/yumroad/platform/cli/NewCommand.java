package com.yumroad.platform.cli;

import com.yumroad.kernel.db.migration.NewMigration;
import com.yumroad.kernel.db.migration.NewMigrationFiles;
import com.yumroad.kernel.db.migration.ProjectRoot;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write the module's next versioned migration and its undo twin into "
                + "modules/<M>/src/main/resources/db/migration/<M> of the checkout you are in.")
class NewCommand implements Callable<Integer> {

    @Option(names = "--module", paramLabel = "M", required = true, description = "The module the change belongs to.")
    String module;

    @Parameters(paramLabel = "DESCRIPTION", arity = "1..*", description = "What the migration does, in words.")
    String[] description;

    @Option(names = "--project-dir", paramLabel = "DIR",
            description = "The checkout (default: found from the working directory upwards).")
    Path projectDir;

    @Mixin
    JsonOption format;

    @Spec
    CommandSpec spec;

    @Inject
    NewMigration newMigration;

    @Inject
    WorkingDirectory workingDirectory;

    @Inject
    Printer printer;

    @Override
    public Integer call() {
        Path root = projectDir != null ? projectDir : ProjectRoot.locate(workingDirectory.path());
        NewMigrationFiles files = newMigration.write(root, module, String.join(" ", description));
        printer.print(spec.commandLine().getOut(), format, files, out -> {
            out.println("created " + files.migration());
            out.println("created " + files.undo());
            out.println("Write the change in the first and its exact undo in the second, then: db upgrade --module "
                    + files.module());
        });
        return 0;
    }
}
