package com.yumroad.platform.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Generators of what an attacker or a clumsy client sends: text with control characters, NUL, lone surrogates,
 * emoji and combining marks, bidi and invisible characters, characters whose case differs between Unicode versions,
 * lengths around every limit; numbers that are huge, negative or fractional; values of the wrong JSON type.
 * JSON is written by hand ({@link Json}), so that text Java could not encode (a lone surrogate) still travels.
 */
final class Hostile {

    private Hostile() {
    }

    static Arbitrary<String> text() {
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> surrogates = Arbitraries.of("\ud800", "\udfff", "\ud83d", "\ude00\ud83d", "\udbff\udbff");
        Arbitrary<String> invisible = Arbitraries.of("\u202e", "\u202a", "\u2066", "\u200b", "\u200e", "\ufeff",
                "\u2060", "\u061c", "\u0085", "\u009b", "\u007f", "\u00ad", "\u200d");
        Arbitrary<String> caseTrouble = Arbitraries.of("\ua7c0", "\u0130", "\u00df", "\u03a3", "\u01c5", "\u212a",
                "\ua7c1", "\u1e9e", "\u0345", "\uff21");
        Arbitrary<String> marks = Arbitraries.of("e\u0301", "\u0301", "\u0301\u0301\u0301", "a\u20dd", "\u1100\u1161");
        Arbitrary<String> emoji = Arbitraries.of("\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
                "\ud83c\uddeb\ud83c\uddf7", "\u2764\ufe0f");
        Arbitrary<String> spaces = Arbitraries.of(" ", "\u00a0", "\u3000", "\t", "\n", "\r\n", "\u2028", "\u2029");
        Arbitrary<String> words = Arbitraries.strings().alpha().numeric().withChars(' ', '-', '\'', '@', '.')
                .ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(8);
        Arbitrary<String> piece = Arbitraries.oneOf(controls, surrogates, invisible, caseTrouble, marks, emoji, spaces,
                words, words, any);
        Arbitrary<String> mixed = piece.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
        Arbitrary<String> repeated = Combinators.combine(Arbitraries.of("x", "\ud83d\ude00", "e\u0301", "\u00e9", "a\u0000"),
                Arbitraries.of(3, 4, 49, 50, 51, 99, 100, 101, 127, 128, 129, 254, 255, 256, 5000, 5001, 10_000, 10_001))
                .as(String::repeat);
        Arbitrary<String> emails = Combinators.combine(mixed, Arbitraries.of("@example.com", "@EXAMPLE.com", "",
                "@", "@\u0000.com")).as(String::concat);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mixed),
                net.jqwik.api.Tuple.of(2, repeated),
                net.jqwik.api.Tuple.of(2, emails),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    /** A JSON value (as JSON source) of any kind: the hostile text as a string, numbers of every sort, wrong types. */
    static Arbitrary<String> jsonValue() {
        Arbitrary<String> strings = text().map(Json::string);
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.of("12.5", "0.5", "-1", "1e400", "-1e400", "9223372036854775808", "-9223372036854775809",
                        "12.0", "1E2", "0", "100000001", "1e-7", "-0", "2147483648", "4.9e-324", "99999999999999999999999"),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1.5"));
        Arbitrary<String> others = Arbitraries.of("true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"12\"",
                "[null]", "[\"a\",1]", "{\"name\":\"x\"}");
        Arbitrary<String> lists = strings.list().ofMaxSize(12).map(items -> "[" + String.join(",", items) + "]");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, strings),
                net.jqwik.api.Tuple.of(3, numbers),
                net.jqwik.api.Tuple.of(2, others),
                net.jqwik.api.Tuple.of(2, lists));
    }

    /** A path segment or query value as it travels in a URL: percent-encoded bytes, valid UTF-8 or not. */
    static Arbitrary<String> urlValue() {
        Arbitrary<String> encodedText = text().map(Json::percentEncoded);
        Arbitrary<String> raw = Arbitraries.of("%00", "%ED%A0%80", "%FF%FE", "%C0%AF", "..%2F..%2Fetc", "-1", "1.5",
                "99999999999999999999", "0", "abc", "%20", "1e3", "%2e%2e", "%E2%80%AE", "%0D%0A", "9223372036854775807");
        return Arbitraries.oneOf(encodedText, raw);
    }

    static List<String> shapes() {
        return List.of("json", "json", "json", "json", "duplicate", "no-content-type", "text/plain", "form",
                "malformed", "empty", "array");
    }
}
