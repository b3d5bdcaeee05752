package com.yumroad.catalog.content;

import com.yumroad.kernel.errors.InvalidInputException;

import java.util.regex.Pattern;

/** A file's name as buyers will see it: no folders (some browsers send {@code C:\fakepath\...}), no control characters. */
final class FileNames {

    static final int MAX_LENGTH = 255;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}");

    private FileNames() {
    }

    static String normalise(String field, String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = CONTROL.matcher(base).replaceAll("").strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(field, "Give the file a name");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "At most " + MAX_LENGTH + " characters");
        }
        return clean;
    }

    /** The declared type when it is a well-formed media type, else {@code application/octet-stream}. */
    static String contentType(String declared) {
        String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
    }
}
