package com.yumroad.site.web;

import java.util.Locale;

/** A file's size as people read it (Thymeleaf 3.1 refuses static calls in templates, so it is written out here). */
final class FileSizes {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private FileSizes() {
    }

    static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, UNITS[unit]);
    }
}
