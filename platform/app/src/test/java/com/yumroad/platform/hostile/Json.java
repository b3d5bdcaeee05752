package com.yumroad.platform.hostile;

import java.nio.charset.StandardCharsets;

/** JSON and URL text written by hand, so that any Java string (lone surrogates too) can be sent as it is. */
final class Json {

    private Json() {
    }

    /** A JSON string literal: printable ASCII as is, everything else as a \\u escape (valid JSON, any UTF-16 unit). */
    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                json.append(c);
            } else {
                json.append(String.format("\\u%04x", (int) c));
            }
        }
        return json.append('"').toString();
    }

    /** Percent-encodes every byte but unreserved ASCII; a lone surrogate becomes its (invalid) three UTF-8 bytes. */
    static String percentEncoded(String text) {
        StringBuilder url = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                url.append(c);
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                url.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F),
                        0x80 | (c & 0x3F)));
            } else {
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    url.append(String.format("%%%02X", b & 0xFF));
                }
                i = end - 1;
            }
        }
        return url.toString();
    }
}
