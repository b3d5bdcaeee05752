package com.yumroad.platform;

import com.yumroad.platform.db.LocalPorts;

import java.util.Map;
import java.util.Optional;

/**
 * The HTTP port the application will listen on ({@code PORT}, default 8080), checked before anything else starts:
 * a busy port is one line at once, not a stack trace after the database has been started and migrated.
 */
record HttpPort(int number) {

    static final int DEFAULT = 8080;

    static HttpPort fromEnvironment(Map<String, String> env) {
        String value = Optional.ofNullable(System.getProperty("micronaut.server.port")).orElse(env.get("PORT"));
        if (value == null || value.isBlank()) {
            return new HttpPort(DEFAULT);
        }
        try {
            return new HttpPort(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("PORT=" + value + " is not a port number.");
        }
    }

    /** Throws with a one-line reason when another program listens on the port; -1 (any free port) always passes. */
    void checkFree() {
        if (number > 0 && LocalPorts.isTakenOnAnyAddress(number)) {
            throw new IllegalStateException("Port " + number + " is in use by another program (another copy of"
                    + " Yumroad? it would be at http://localhost:" + number + "). Set PORT to run on another port,"
                    + " e.g. PORT=" + (number + 1) + ".");
        }
    }
}
