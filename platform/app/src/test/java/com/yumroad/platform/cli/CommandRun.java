package com.yumroad.platform.cli;

import com.yumroad.platform.db.DatabaseConnection;
import com.yumroad.platform.db.DatabaseSettings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;

/** What a command printed and how it exited, run in-process as {@code java -jar yumroad.jar ...} would run it. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun run(String databaseUrl, String user, String password, Path workingDirectory, String... args) {
        DatabaseSettings settings = new DatabaseSettings(Optional.of(new DatabaseConnection(databaseUrl, user, password)),
                Path.of("unused"), 0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = YumroadCli.run(args, settings, workingDirectory, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
