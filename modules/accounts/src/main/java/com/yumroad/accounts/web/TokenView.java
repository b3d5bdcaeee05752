package com.yumroad.accounts.web;

import io.micronaut.serde.annotation.Serdeable;

/** An access token for {@code Authorization: Bearer}, valid for {@code expiresIn} seconds. */
@Serdeable
record TokenView(String accessToken, String tokenType, long expiresIn) {
}
