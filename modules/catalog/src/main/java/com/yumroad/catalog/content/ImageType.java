package com.yumroad.catalog.content;

import java.util.Arrays;
import java.util.Optional;

/** The image formats a cover may come in, recognised from their first bytes: never from a name or a header. */
enum ImageType {
    JPEG, PNG, WEBP;

    static final int SNIFF_BYTES = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static Optional<ImageType> of(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8), PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (head.length >= 12 && ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
