package com.yumroad.platform.cli;

import picocli.CommandLine.Option;

/** {@code --json}: one JSON document on standard output, for scripts, instead of lines for a person. */
public class JsonOption {

    public static final String NAME = "--json";

    @Option(names = NAME, description = "Print JSON for scripts instead of text for people.")
    boolean json;

    public boolean enabled() {
        return json;
    }
}
