package com.yumroad.platform.cli;

import com.yumroad.kernel.db.migration.MigrationHistory;
import com.yumroad.kernel.db.migration.ModuleHistory;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Per module: every applied migration with its version, when, how long, and whether its file still matches.")
class HistoryCommand implements Callable<Integer> {

    @Mixin
    JsonOption format;

    @Spec
    CommandSpec spec;

    @Inject
    MigrationHistory history;

    @Inject
    CommandDatabase database;

    @Inject
    Printer printer;

    @Override
    public Integer call() {
        List<ModuleHistory> modules = history.of(database.dataSource());
        printer.print(spec.commandLine().getOut(), format, modules, out -> modules.forEach(module -> {
            out.println(module.module() + (module.applied().isEmpty() ? ": nothing applied" : ""));
            if (module.applied().isEmpty()) {
                return;
            }
            Columns table = new Columns().row("version", "description", "installed on (UTC)", "took", "checksum");
            module.applied().forEach(m -> table.row(m.version(), m.description(),
                    m.installedOn() == null ? "-" : m.installedOn().truncatedTo(ChronoUnit.SECONDS).toString(),
                    m.executionMillis() == null ? "-" : m.executionMillis() + " ms",
                    m.problem() == null ? m.checksum() : m.checksum() + " (" + m.problem() + ")"));
            table.print(out, "  ");
        }));
        return 0;
    }
}
