package com.yumroad.platform.cli;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Writes a command's answer as JSON or as text, as the caller asked. */
@Singleton
public class Printer {

    private final JsonMapper json;

    public Printer(JsonMapper json) {
        this.json = json;
    }

    public void print(PrintWriter out, JsonOption format, Object answer, Consumer<PrintWriter> text) {
        if (format.enabled()) {
            out.println(json(answer));
        } else {
            text.accept(out);
        }
        out.flush();
    }

    public String json(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
