package com.yumroad.sales.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptLinksTest {

    private final ReceiptLinks links = new ReceiptLinks(settings("a receipt key of plenty of bytes, 32+"), "jwt");

    @Test
    void aLinkNamesTheOrderAndVerifiesOnlyForIt() {
        String path = links.path(42);
        String signature = path.substring("/receipts/42/".length());

        assertThat(path).matches("/receipts/42/[A-Za-z0-9_-]{22}");
        assertThat(links.verify(42, signature)).isTrue();
        assertThat(links.verify(43, signature)).isFalse();
        assertThat(links.verify(42, signature.substring(1) + "A")).isFalse();
        assertThat(links.verify(42, "")).isFalse();
        assertThat(links.verify(42, null)).isFalse();
    }

    @Test
    void theSameKeyRebuildsTheSameLinkAndAnotherKeyDoesNot() {
        assertThat(new ReceiptLinks(settings("a receipt key of plenty of bytes, 32+"), "x").path(7))
                .isEqualTo(links.path(7));
        assertThat(new ReceiptLinks(settings("another key"), "x").path(7)).isNotEqualTo(links.path(7));
        assertThat(new ReceiptLinks(settings(null), "the jwt key").path(7))
                .isNotEqualTo(new ReceiptLinks(settings(null), "another jwt key").path(7));
    }

    private static SalesSettings settings(String receiptSecret) {
        SalesSettings settings = new SalesSettings();
        settings.setReceiptSecret(receiptSecret);
        return settings;
    }
}
