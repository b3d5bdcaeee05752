package com.yumroad.kernel.db.migration;

/** Flyway's and PostgreSQL's messages span several lines; a refusal is one. */
final class OneLine {

    private OneLine() {
    }

    static String of(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.matches("-+"))
                .reduce((a, b) -> a + " " + b).orElse("unknown error");
    }
}
