package com.yumroad.platform.cli;

import com.yumroad.kernel.db.migration.Downgrade;
import com.yumroad.kernel.db.migration.DowngradeRequest;
import com.yumroad.kernel.db.migration.DowngradeResult;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Undo the latest migrations of one module with their U<n> twins, in one transaction. Refuses, "
                + "changing nothing, when a twin is missing, when other modules depend on what would go, or when "
                + "data would be destroyed without --force.")
class DowngradeCommand implements Callable<Integer> {

    @Option(names = "--module", paramLabel = "M", required = true, description = "The module to downgrade.")
    String module;

    @Option(names = "--steps", paramLabel = "N", description = "Undo the latest N migrations (default 1).")
    Integer steps;

    @Option(names = "--target", paramLabel = "V", description = "Undo every migration above version V (0: all).")
    String target;

    @Option(names = "--force", description = "Accept that dropped tables and columns take their data with them.")
    boolean force;

    @Mixin
    JsonOption format;

    @Spec
    CommandSpec spec;

    @Inject
    Downgrade downgrade;

    @Inject
    CommandDatabase database;

    @Inject
    Printer printer;

    @Override
    public Integer call() {
        DowngradeRequest request = new DowngradeRequest(steps, target, force);
        DowngradeResult result = downgrade.run(database.dataSource(), module, request);
        printer.print(spec.commandLine().getOut(), format, result, out -> {
            String to = result.to() == null ? "none" : result.to();
            if (result.undone().isEmpty()) {
                out.println(result.module() + " is at " + to + ": nothing to undo");
                return;
            }
            out.println(result.module() + " " + (result.from() == null ? "none" : result.from()) + " -> " + to
                    + ": undid " + String.join(", ", result.undone()));
            result.destroyed().forEach(loss -> out.println("  destroyed (--force): " + loss));
        });
        return 0;
    }
}
