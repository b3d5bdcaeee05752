package com.yumroad.platform.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db <command>}: every module's migrations, the Flask-Migrate way, on Flyway. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Per-module database migrations: status, history, upgrade, downgrade, new, validate.",
        subcommands = {StatusCommand.class, HistoryCommand.class, UpgradeCommand.class, DowngradeCommand.class,
                NewCommand.class, ValidateCommand.class})
public class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
