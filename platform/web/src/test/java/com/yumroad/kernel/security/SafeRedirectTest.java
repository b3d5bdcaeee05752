package com.yumroad.kernel.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/stores/1", "/products?tag=art&page=2"})
    void aPathOnThisSiteIsFollowed(String target) {
        assertThat(SafeRedirect.orHome(target)).isEqualTo(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "stores/1", "/a\r\nSet-Cookie: x=y", "/a b", "/a|b", "/a{b}", "/a^b", "/%zz", "/caf\u00e9", "/a\u0000"})
    void anythingElseGoesHome(String target) {
        assertThat(SafeRedirect.orHome(target)).isEqualTo("/");
    }
}
