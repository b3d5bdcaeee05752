package com.yumroad.kernel.text;

import com.yumroad.kernel.errors.FieldError;

import java.util.Optional;

/**
 * What one text field may hold: its kind (what characters) and its length in code points. Checks text that
 * {@link Text} has already normalised and answers the first thing wrong, in words for the person who typed it.
 *
 * <ul>
 *   <li>every kind: no NUL or other C0/C1 control character, no unpaired surrogate (not Unicode: PostgreSQL
 *       cannot store the first, the driver silently turns the second into "?");</li>
 *   <li>{@link Kind#PARAGRAPHS} also allows tab and newline;</li>
 *   <li>{@link Kind#NAME} also refuses invisible and direction-changing characters (zero-width space, word
 *       joiner, bidi embeddings, overrides and isolates, byte order mark), with which a name can pass for another.
 *       The zero-width joiner and non-joiner stay: emoji sequences and several scripts need them.</li>
 * </ul>
 */
public record TextRule(String field, String label, Kind kind, int min, int max) {

    public enum Kind {
        /** A single line that is not shown as someone's name (an email, a password). */
        LINE,
        /** A name people see and trust (a user's, a store's, a product's, a tag). */
        NAME,
        /** Several lines (a description). */
        PARAGRAPHS
    }

    public static TextRule line(String field, String label) {
        return new TextRule(field, label, Kind.LINE, 0, Integer.MAX_VALUE);
    }

    public static TextRule name(String field, String label) {
        return new TextRule(field, label, Kind.NAME, 0, Integer.MAX_VALUE);
    }

    public static TextRule paragraphs(String field, String label) {
        return new TextRule(field, label, Kind.PARAGRAPHS, 0, Integer.MAX_VALUE);
    }

    /** At least {@code min} and at most {@code max} code points (min 1: required). */
    public TextRule length(int min, int max) {
        return new TextRule(field, label, kind, min, max);
    }

    /** The same rule reported under another field name (a form that shows two entities' fields at once). */
    public TextRule as(String otherField) {
        return new TextRule(otherField, label, kind, min, max);
    }

    /** The first thing wrong with this (normalised) text, if any. */
    public Optional<FieldError> check(String text) {
        Optional<String> problem = firstProblem(text, kind);
        if (problem.isPresent()) {
            return Optional.of(new FieldError(field, label + " " + problem.get()));
        }
        int length = Text.length(text);
        if (length < min) {
            return Optional.of(new FieldError(field, min <= 1 ? label + " is required"
                    : label + " must be longer than " + (min - 1) + " characters"));
        }
        if (length > max) {
            return Optional.of(new FieldError(field, label + " must be at most " + max + " characters"));
        }
        return Optional.empty();
    }

    static Optional<String> firstProblem(String text, Kind kind) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("contains a character that is not valid Unicode");
            }
            if (isControl(c) && !(kind == Kind.PARAGRAPHS && (c == '\t' || c == '\n'))) {
                return Optional.of(c == 0 ? "cannot contain a NUL character" : "cannot contain control characters"
                        + (kind == Kind.PARAGRAPHS ? " other than tab and line breaks" : ""));
            }
            if (kind == Kind.NAME && isInvisible(c)) {
                return Optional.of("cannot contain invisible or text-direction characters");
            }
        }
        return Optional.empty();
    }

    /** C0 (U+0000-U+001F), DEL and C1 (U+007F-U+009F): the same set as the database's checks. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /**
     * Invisible or direction-changing: U+061C, U+180E, U+200B, U+200E-U+200F, U+202A-U+202E, U+2060-U+2064,
     * U+2066-U+2069, U+FEFF. The database's name checks list exactly these.
     */
    static boolean isInvisible(char c) {
        return c == '\u061c' || c == '\u180e' || c == '\u200b' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff';
    }
}
