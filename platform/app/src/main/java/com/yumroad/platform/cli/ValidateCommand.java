package com.yumroad.platform.cli;

import com.yumroad.kernel.db.migration.MigrationValidation;
import com.yumroad.kernel.db.migration.ValidationProblem;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every module's migrations: naming, duplicate versions, undo twins, and against the "
                + "database checksums, failures and order. Exits 1 on a problem.")
class ValidateCommand implements Callable<Integer> {

    @Mixin
    JsonOption format;

    @Spec
    CommandSpec spec;

    @Inject
    MigrationValidation validation;

    @Inject
    CommandDatabase database;

    @Inject
    Printer printer;

    @Override
    public Integer call() {
        List<ValidationProblem> problems = validation.problems(database.dataSource());
        printer.print(spec.commandLine().getOut(), format, new Report(problems.isEmpty(), problems),
                out -> {
                    if (problems.isEmpty()) {
                        out.println("valid: every migration is well named, has its undo twin and matches what was applied");
                    }
                    problems.forEach(p -> out.println("! " + p));
                });
        if (!problems.isEmpty()) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + problems.size() + " problem(s), first: "
                    + problems.get(0));
            spec.commandLine().getErr().flush();
            return FailureHandler.FAILED;
        }
        return 0;
    }

    @Serdeable
    record Report(boolean valid, List<ValidationProblem> problems) {
    }
}
