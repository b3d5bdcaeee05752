package com.yumroad.accounts.web;

import com.yumroad.kernel.security.scopes.LogInOnly;
import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.SignUpLimit;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.limits.Attempt;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/**
 * Sign-up and the caller's own account: /api/v1/users. Reading and renaming the caller (GET and PATCH /me) answer
 * with their store too, so they live in the site module, which sees both.
 */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
@Answers.ServerError
class UsersApi {

    private final Accounts accounts;
    private final SignUpLimit signUps;
    private final HttpClientAddressResolver clientAddress;

    UsersApi(Accounts accounts, SignUpLimit signUps,
             HttpClientAddressResolver clientAddress) {
        this.accounts = accounts;
        this.signUps = signUps;
        this.clientAddress = clientAddress;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "signUp", summary = "Sign up")
    @ApiResponse(responseCode = "201", description = "The user, registered; Location names it",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @Answers.Body @Answers.Conflict @Answers.TooManyRequests
    HttpResponse<UserView> signUp(@Body SignUp body, HttpRequest<?> request) {
        Attempt attempt = signUps.begin(clientAddress.resolve(request));
        UserSummary user = accounts.register(new Registration(body.email(), body.name(), body.password()));
        attempt.succeeded();
        return HttpResponse.created(UserView.of(user), URI.create("/api/v1/users/" + user.id()));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "getUser", summary = "A user's public profile",
            description = "What anyone may read of a user: the id and name shown on their products, never the email. "
                    + "Sign-up's Location names it.")
    @ApiResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(implementation = CreatorView.class)))
    @Answers.BadRequest @Answers.NotFound
    CreatorView user(@PathVariable @Parameter(description = "The user's id", example = "3") long id) {
        return CreatorView.of(accounts.find(id).orElseThrow(() -> new NotFoundException("User", id)));
    }

    /** Ends every session of the caller, the token of this call included: log in again for a new one. */
    @Put("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @LogInOnly
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "changeMyPassword", summary = "Change the caller's password",
            description = "Needs the current password (422 on `currentPassword` when wrong). Every token and web "
                    + "session of the user ends, the token of this call included: ask for a new one.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "204", description = "Changed")
    @Answers.Body @Answers.Unauthorized @Answers.NotFound
    void changePassword(@Body PasswordChange body, Authentication caller) {
        accounts.changePassword(CurrentUser.id(caller), body.currentPassword(), body.newPassword());
    }

    @Delete("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @LogInOnly
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteMe", summary = "Delete the caller's account",
            description = "The caller's store and products go with it, in one transaction.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Answers.Unauthorized @Answers.NotFound
    void delete(Authentication caller) {
        accounts.delete(CurrentUser.id(caller));
    }
}
