package com.yumroad.platform.cli;

import com.yumroad.platform.db.DatabaseUnavailableException;
import com.yumroad.kernel.db.migration.MigrationRefusedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A command that fails says why in one line on standard error (and as {@code {"error": ...}} with {@code --json})
 * and exits with 1; an unexpected error keeps its stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    private final Printer printer;

    FailureHandler(Printer printer) {
        this.printer = printer;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parsed) {
        boolean expected = error instanceof MigrationRefusedException || error instanceof IllegalArgumentException
                || error instanceof DatabaseUnavailableException || error instanceof UncheckedIOException
                || error instanceof IllegalStateException;
        String reason = expected ? error.getMessage() : error.toString();
        if (wantsJson(parsed)) {
            command.getOut().println(printer.json(Map.of("error", reason)));
            command.getOut().flush();
        }
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + reason);
        if (!expected) {
            error.printStackTrace(command.getErr());
        }
        command.getErr().flush();
        return FAILED;
    }

    private static boolean wantsJson(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(JsonOption.NAME)) {
                return true;
            }
        }
        return false;
    }
}
