package com.yumroad.platform.cli;

import com.yumroad.kernel.db.migration.MigrationEntry;
import com.yumroad.kernel.db.migration.MigrationStatus;
import com.yumroad.kernel.db.migration.ModuleStatus;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "status", aliases = "current", mixinStandardHelpOptions = true,
        description = "Per module: the applied version, pending migrations, and anything failed, changed or out of order.")
class StatusCommand implements Callable<Integer> {

    @Mixin
    JsonOption format;

    @Spec
    CommandSpec spec;

    @Inject
    MigrationStatus status;

    @Inject
    CommandDatabase database;

    @Inject
    Printer printer;

    @Override
    public Integer call() {
        List<ModuleStatus> modules = status.of(database.dataSource());
        printer.print(spec.commandLine().getOut(), format, modules, out -> {
            Columns table = new Columns().row("module", "version", "pending");
            modules.forEach(m -> table.row(m.module(), m.current() == null ? "none" : m.current(),
                    m.pending().isEmpty() ? "-" : scripts(m.pending())));
            table.print(out, "");
            modules.forEach(m -> m.problems().forEach(p -> out.println("! " + m.module() + " " + p.script() + ": " + p.problem())));
        });
        return 0;
    }

    private static String scripts(List<MigrationEntry> entries) {
        return entries.stream().map(MigrationEntry::script).collect(Collectors.joining(", "));
    }
}
