package com.yumroad.platform.db;

/** The embedded database would not be the one in its data directory, so it is not used; the message is one line. */
public final class EmbeddedDatabaseRefused extends IllegalStateException {

    public EmbeddedDatabaseRefused(String message) {
        super(message);
    }
}
