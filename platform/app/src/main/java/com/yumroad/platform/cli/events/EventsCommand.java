package com.yumroad.platform.cli.events;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code events}: the event publication log for operators, on the command line's own database connection (see
 * {@link com.yumroad.platform.cli.YumroadCli}): resubmitted publications are delivered by the running application
 * instances' scheduler, not by this process.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Durable event deliveries: list the failed ones and resubmit them.",
        subcommands = {FailedPublicationsCommand.class, ResubmitCommand.class})
public class EventsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
