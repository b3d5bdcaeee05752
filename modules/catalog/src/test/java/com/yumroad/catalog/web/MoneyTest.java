package com.yumroad.catalog.web;

import com.yumroad.kernel.errors.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"12,1200", "12.5,1250", "12.50,1250", "0,0", "0.05,5", "' 7.10 ',710", "1000000,100000000", "1000000.00,100000000", "007,700"})
    void dollarsAndCentsAsTypedBecomeCents(String typed, long cents) {
        assertThat(Money.cents(typed)).isEqualTo(cents);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-1|cannot be negative", "-0.50|cannot be negative", "- 3|cannot be negative",
            "1000000.01|too large", "1234567890|too large", "99999999999999999999999|too large",
            "12.505|at most two decimals", "0.001|at most two decimals",
            "abc|not a price", "12,50|not a price", "1e3|not a price", "12.|not a price", ".5|not a price",
            "$12|not a price", "1 000|not a price", "-|not a price", "--1|not a price"})
    void anythingElseIsRefusedOnThePriceFieldSayingWhatIsWrongAndTheLimits(String typed, String what) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> Money.cents(typed));

        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("price");
            assertThat(e.message()).contains(what, "from 0 (free) to 1,000,000.00", "like 12 or 12.50");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aMissingPriceIsRequired(String typed) {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> Money.cents(typed)).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).startsWith("Price is required.")
                        .contains("from 0 (free) to 1,000,000.00"));
    }

    @ParameterizedTest
    @CsvSource({"1250,$12.50", "5,$0.05", "10,$0.10", "0,$0.00", "100000000,$1000000.00"})
    void centsAreShownAsDollarsAndCents(long cents, String shown) {
        assertThat(Money.INSTANCE.format(cents)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"0,false,Free", "1250,false,$12.50", "300,true,$3.00+", "0,true,Name your price"})
    void aProductsPriceIsFreeAtZero(long cents, boolean payWhatYouWant, String shown) {
        assertThat(Money.INSTANCE.price(cents, payWhatYouWant)).isEqualTo(shown);
    }
}
