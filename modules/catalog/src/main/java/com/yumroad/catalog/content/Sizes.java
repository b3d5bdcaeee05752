package com.yumroad.catalog.content;

/** Byte counts as people read them: 512 bytes, 12 KB, 3.4 MB, 2 GB. */
public final class Sizes {

    /** For views, which call methods on an object. */
    public static final Sizes INSTANCE = new Sizes();

    public String of(long bytes) {
        return readable(bytes);
    }

    private Sizes() {
    }

    public static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value >= 10 || value == Math.floor(value) ? String.valueOf(Math.round(value))
                : String.format(java.util.Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }
}
