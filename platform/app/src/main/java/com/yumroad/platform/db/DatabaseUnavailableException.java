package com.yumroad.platform.db;

/** The configured database cannot be reached; the message names the URL and the cause, nothing else. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String url, Throwable cause) {
        super("Cannot connect to PostgreSQL at " + url + ": " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = error.getMessage() == null ? root.toString() : error.getMessage();
        return root == error || message.contains(String.valueOf(root.getMessage())) ? message : message + " (" + root + ")";
    }
}
