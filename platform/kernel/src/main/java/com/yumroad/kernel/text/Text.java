package com.yumroad.kernel.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How every module turns what a client typed into text it stores: Unicode NFC, surrounding white space stripped,
 * line breaks as {@code \n}. Lengths are counted in code points, as PostgreSQL's {@code char_length} and
 * {@code varchar(n)} count them (Java's {@code String.length} counts UTF-16 units: "😀" is 2 there, 1 here).
 * {@link TextRule} says what a field may contain; the database's CHECK constraints say the same in SQL that needs no
 * Unicode tables (see docs/architecture.md, "Text").
 */
public final class Text {

    private Text() {
    }

    /** One line (a name, an email, a tag): NFC, stripped; null becomes "". */
    public static String line(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    }

    /** Long text (a description): NFC, CR LF and lone CR become LF, stripped; null becomes "". */
    public static String paragraphs(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
    }

    /**
     * An identifier compared without case (an email, a tag): {@link #line} lower-cased with Java's locale-neutral
     * rules. The database checks only that no ASCII capital is left, which needs no Unicode tables, so the server's
     * locale and Unicode version cannot turn a value Java accepted into a 500.
     */
    public static String folded(String raw) {
        return Normalizer.normalize(line(raw).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Length in code points (what PostgreSQL counts). Unpaired surrogates count one each. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** True when every surrogate is paired: the text is Unicode (UTF-8 encoders and hashers refuse the rest). */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text is valid Unicode and free of control characters: safe to use as a lookup key. */
    public static boolean isSearchable(String text) {
        return text != null && TextRule.firstProblem(text, TextRule.Kind.LINE).isEmpty();
    }
}
