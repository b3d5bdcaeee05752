package com.yumroad.platform.cli;

import com.yumroad.platform.cli.events.EventsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code java -jar yumroad.jar <group> <command>}: tools beside the server. Add a group as a sibling of {@code db}. */
@Command(name = "yumroad", mixinStandardHelpOptions = true,
        description = "Yumroad tools. Without arguments, yumroad.jar starts the application.",
        subcommands = {DbCommand.class, EventsCommand.class})
public class YumroadCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
