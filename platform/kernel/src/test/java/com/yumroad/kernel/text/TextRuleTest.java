package com.yumroad.kernel.text;

import com.yumroad.kernel.errors.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextRuleTest {

    private static final TextRule NAME = TextRule.name("name", "Name").length(4, 10);
    private static final TextRule ABOUT = TextRule.paragraphs("description", "Description").length(0, 20);

    @Test
    void lengthsAreCodePointsAsPostgreSqlCountsThem() {
        assertThat(Text.length("\ud83d\ude00\ud83d\ude00")).isEqualTo(2);
        assertThat(NAME.check("\ud83d\ude00\ud83d\ude00")).contains(
                new FieldError("name", "Name must be longer than 3 characters"));
        assertThat(NAME.check("\ud83d\ude00".repeat(10))).isEmpty();
        assertThat(NAME.check("\ud83d\ude00".repeat(11))).contains(
                new FieldError("name", "Name must be at most 10 characters"));
    }

    @Test
    void normalisationIsNfcStrippedAndLineBreaksAreLf() {
        assertThat(Text.line("  Cafe\u0301 \u3000")).isEqualTo("Caf\u00e9");
        assertThat(Text.paragraphs(" one\r\ntwo\rthree \n")).isEqualTo("one\ntwo\nthree");
        assertThat(Text.folded(" Baking \u00c9 ")).isEqualTo("baking \u00e9");
        assertThat(Text.line(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab\u0000cd", "abc\u0007", "ab\tcd", "ab\ncd", "ab\u0085cd", "\ud800abcd", "abcd\udc00",
            "ab\u202ecd", "ab\u200bcd", "\ufeffabcd", "ab\u2066cd"})
    void namesRefuseControlsLoneSurrogatesAndInvisibleCharacters(String name) {
        assertThat(NAME.check(name)).isPresent().get().extracting(FieldError::field).isEqualTo("name");
        assertThat(Text.isSearchable(name)).isEqualTo(name.contains("\u202e") || name.contains("\u200b")
                || name.contains("\ufeff") || name.contains("\u2066"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Caf\u00e9", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 x", "\u0645\u200c\u0646\u0627", "\ua7c0abc"})
    void namesKeepWhatPeopleWrite(String name) {
        assertThat(NAME.check(name)).isEmpty();
    }

    @Test
    void longTextAllowsTabsAndLineBreaksOnly() {
        assertThat(ABOUT.check("one\ttwo\nthree")).isEmpty();
        assertThat(ABOUT.check("one\rtwo")).isPresent();
        assertThat(ABOUT.check("one\u0000")).get().extracting(FieldError::message)
                .isEqualTo("Description cannot contain a NUL character");
        assertThat(ABOUT.check("one\u202etwo")).isEmpty();
    }
}
