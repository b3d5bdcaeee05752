package com.yumroad.platform.api;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The one OpenAPI document for the whole JSON API, generated when this module compiles. The controllers live in
 * three modules compiled separately, so the generator runs here, where all of them are on the classpath, and reads
 * them as compiled classes (listed below); the error answers they share come from src/main/openapi/problems.yml.
 * A controller missing from this list is missing from the document, and the contract test (every call validated
 * against the served document) fails on its first call. See docs/architecture.md, "API documentation".
 */
@OpenAPIDefinition(
        info = @Info(title = "Yumroad API", version = "v1",
                description = "Stores, products and tags for integrators. Every error is application/problem+json "
                        + "(RFC 9457) with `errors: [{field, message}]` naming the fields at fault. Writes need "
                        + "`Authorization: Bearer <token>` from POST /api/v1/auth/token. A quick start with curl: "
                        + "docs/integrators.md in the repository."),
        servers = {
                @Server(url = "/", description = "The site that served this document"),
                @Server(url = "http://localhost:8080", description = "A copy on your machine, started with ./start")},
        tags = {
                @Tag(name = "Users", description = "Sign-up, tokens and the caller's own account"),
                @Tag(name = "Stores", description = "Stores: one per user"),
                @Tag(name = "Products", description = "Products, their lists and tags"),
                @Tag(name = "Sales", description = "The caller's sales: list, read, refund"),
                @Tag(name = "Webhooks", description = "Signed deliveries of the store's events to your URLs")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A log-in token from POST /api/v1/auth/token (valid for an hour, may do everything), or a "
                + "personal access token `yr_pat_...` from POST /api/v1/tokens or the account page (only what its "
                + "scopes allow: a missing scope answers 403 naming it)")
@OpenAPIInclude(classNames = {
        "com.yumroad.accounts.web.UsersApi",
        "com.yumroad.site.web.MeApi",
        "com.yumroad.accounts.web.TokenApi",
        "com.yumroad.accounts.web.PasswordResetApi",
        "com.yumroad.accounts.tokens.AccessTokensApi",
        "com.yumroad.site.web.StoresApi",
        "com.yumroad.catalog.web.ProductsApi",
        "com.yumroad.catalog.web.ProductListsApi",
        "com.yumroad.catalog.web.ProductFilesApi",
        "com.yumroad.catalog.web.CoverApi",
        "com.yumroad.delivery.web.DownloadLimitApi",
        "com.yumroad.catalog.web.TagsApi",
        "com.yumroad.activity.web.ActivityApi",
        "com.yumroad.sales.web.SalesApi",
        "com.yumroad.webhooks.web.WebhooksApi"})
final class ApiDocument {

    private ApiDocument() {
    }
}
