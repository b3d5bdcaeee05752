package com.yumroad.accounts.web;

import com.yumroad.accounts.PasswordResets;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.security.scopes.PublicApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** POST /api/v1/auth/password-reset and /confirm: the "forgot password" flow for API clients. */
@Controller("/api/v1/auth/password-reset")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicApi
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
@Answers.ServerError @Answers.Body
class PasswordResetApi {

    private final PasswordResets resets;
    private final HttpClientAddressResolver clientAddress;

    PasswordResetApi(PasswordResets resets, HttpClientAddressResolver clientAddress) {
        this.resets = resets;
        this.clientAddress = clientAddress;
    }

    @Post
    @Operation(operationId = "requestPasswordReset", summary = "Mail a link to set a new password",
            description = "Answers 202 whether or not the email has an account (nothing tells them apart). The link "
                    + "works once, for one hour. Requests are limited per email and per client (429 with Retry-After).")
    @ApiResponse(responseCode = "202", description = "If the email has an account, a link is on its way")
    @Answers.TooManyRequests
    HttpResponse<?> request(@Body @Valid PasswordResetRequest body, HttpRequest<?> request) {
        resets.request(body.email(), clientAddress.resolve(request));
        return HttpResponse.accepted();
    }

    @Post("/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with a mailed token",
            description = "Uses the token up and ends every session of the account: tokens issued before stop "
                    + "working. A used, expired or unknown token is a 422 on `token`.")
    @ApiResponse(responseCode = "204", description = "The password is set")
    HttpResponse<?> confirm(@Body @Valid PasswordResetConfirmation body) {
        resets.reset(body.token(), body.newPassword());
        return HttpResponse.noContent();
    }
}
