package com.yumroad.site.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PricesTest {

    @ParameterizedTest
    @CsvSource({"1250,$12.50", "5,$0.05", "10,$0.10", "0,$0.00", "100000000,$1000000.00"})
    void centsAreShownAsDollarsAndCents(long cents, String shown) {
        assertThat(Prices.INSTANCE.format(cents)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"0,false,Free", "1250,false,$12.50", "300,true,$3.00+", "0,true,Name your price"})
    void aProductsPriceIsFreeAtZero(long cents, boolean payWhatYouWant, String shown) {
        assertThat(Prices.INSTANCE.price(cents, payWhatYouWant)).isEqualTo(shown);
    }
}
