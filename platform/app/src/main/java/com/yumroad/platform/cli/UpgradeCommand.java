package com.yumroad.platform.cli;

import com.yumroad.kernel.db.migration.ModuleUpgrade;
import com.yumroad.kernel.db.migration.Upgrade;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply pending migrations in module dependency order. With --module, that module's dependencies "
                + "are brought fully up to date first, then the module (up to --target if given).")
class UpgradeCommand implements Callable<Integer> {

    @Option(names = "--module", paramLabel = "M", description = "Only this module (and its dependencies).")
    String module;

    @Option(names = "--target", paramLabel = "V", description = "Stop at this version of --module.")
    String target;

    @Mixin
    JsonOption format;

    @Spec
    CommandSpec spec;

    @Inject
    Upgrade upgrade;

    @Inject
    CommandDatabase database;

    @Inject
    Printer printer;

    @Override
    public Integer call() {
        List<ModuleUpgrade> upgrades = upgrade.run(database.dataSource(), module, target);
        printer.print(spec.commandLine().getOut(), format, upgrades, out -> {
            Columns table = new Columns();
            upgrades.forEach(u -> table.row(u.module(), versions(u),
                    u.applied().isEmpty() ? "up to date" : "applied " + String.join(", ", u.applied())));
            table.print(out, "");
        });
        return 0;
    }

    private static String versions(ModuleUpgrade u) {
        String from = u.from() == null ? "none" : u.from();
        String to = u.to() == null ? "none" : u.to();
        return u.applied().isEmpty() ? "at " + from : from + " -> " + to;
    }
}
