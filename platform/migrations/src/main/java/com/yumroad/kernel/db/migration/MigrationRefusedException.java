package com.yumroad.kernel.db.migration;

/** A migration command declined to act and changed nothing; the message is one line saying which migration and why. */
public class MigrationRefusedException extends RuntimeException {

    public MigrationRefusedException(String reason) {
        super(reason);
    }

    public MigrationRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
