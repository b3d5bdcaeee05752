package com.yumroad.accounts.web;

import com.yumroad.accounts.UserSummary;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** What anyone may read of a user: the name buyers see on products, never the email. */
@Serdeable
@Schema(name = "Creator", description = "A user as the public sees them")
record CreatorView(
        @Schema(requiredMode = REQUIRED, example = "3") long id,
        @Schema(requiredMode = REQUIRED, example = "Ada") String name,
        @Schema(requiredMode = REQUIRED, example = "/api/v1/users/3/products", description = "The user's products")
        String productsUrl) {

    static CreatorView of(UserSummary user) {
        return new CreatorView(user.id(), user.name(), "/api/v1/users/" + user.id() + "/products");
    }
}
