package com.yumroad.catalog.web;

import com.yumroad.kernel.errors.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"12,1200", "12.5,1250", "12.50,1250", "0,0", "0.05,5", "' 7.10 ',710", "999999999.99,99999999999"})
    void dollarsAndCentsAsTypedBecomeCents(String typed, long cents) {
        assertThat(Money.cents(typed)).isEqualTo(cents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.505", "-1", "abc", "12,50", "1e3", "12.", ".5", "$12", "1 000", "1234567890"})
    void anythingElseIsRefusedOnThePriceField(String typed) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> Money.cents(typed));

        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("price");
            assertThat(e.message()).contains("12.50");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aMissingPriceIsRequired(String typed) {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> Money.cents(typed)).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("Price is required"));
    }

    @ParameterizedTest
    @CsvSource({"1250,$12.50", "5,$0.05", "0,$0.00", "100000000,$1000000.00"})
    void centsAreShownAsDollarsAndCents(long cents, String shown) {
        assertThat(Money.INSTANCE.format(cents)).isEqualTo(shown);
    }
}
