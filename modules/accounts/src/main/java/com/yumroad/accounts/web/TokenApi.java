package com.yumroad.accounts.web;

import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Sessions;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.limits.Attempt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.InternalServerException;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.validation.Valid;

import java.util.Optional;

/** POST /api/v1/auth/token: email and password for a bearer token. */
@Controller("/api/v1/auth/token")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicApi
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class TokenApi {

    static final String WRONG_CREDENTIALS = "Wrong email or password";

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final HttpClientAddressResolver clientAddress;
    private final AccessRefreshTokenGenerator tokens;

    TokenApi(Accounts accounts, Sessions sessions, LoginThrottle throttle, HttpClientAddressResolver clientAddress,
             AccessRefreshTokenGenerator tokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.tokens = tokens;
    }

    @Post
    @Operation(operationId = "issueToken", summary = "Exchange email and password for a bearer token",
            description = "A wrong email and a wrong password answer alike. Failed attempts are limited per email and "
                    + "per client address (429 with Retry-After); successful ones are not counted.")
    @ApiResponse(responseCode = "200", description = "A token for `Authorization: Bearer`",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    @Answers.Unauthorized @Answers.TooManyRequests @Answers.ServerError @Answers.Body
    HttpResponse<?> issue(@Body @Valid TokenRequest credentials, HttpRequest<?> request) {
        Attempt attempt = throttle.begin(clientAddress.resolve(request), credentials.email());
        Optional<UserSummary> user = accounts.authenticate(credentials.email(), credentials.password());
        if (user.isEmpty()) {
            throw new HttpStatusException(HttpStatus.UNAUTHORIZED, WRONG_CREDENTIALS);
        }
        attempt.succeeded();
        AccessRefreshToken token = tokens.generate(sessions.start(user.get().id()))
                .orElseThrow(() -> new InternalServerException("No access token could be made"));
        return HttpResponse.ok(new TokenView(token.getAccessToken(), "Bearer", token.getExpiresIn()));
    }
}
