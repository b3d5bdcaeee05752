package com.yumroad.accounts.tokens;

import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.scopes.LogInOnly;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * The caller's personal access tokens. Only a log-in token (from the password) manages them: a personal access
 * token cannot make, list or revoke tokens, whatever its scopes.
 */
@Controller("/api/v1/tokens")
@Secured(SecurityRule.IS_AUTHENTICATED)
@LogInOnly
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
@SecurityRequirement(name = ProblemDocs.BEARER)
@Answers.Unauthorized @Answers.Forbidden @Answers.ServerError
class AccessTokensApi {

    private final PersonalAccessTokens tokens;

    AccessTokensApi(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @Post
    @Operation(operationId = "createAccessToken", summary = "Make a personal access token",
            description = "The answer is the only place the secret ever appears (it is stored as a hash). The token "
                    + "works as `Authorization: Bearer` on the API within its scopes until it expires or is "
                    + "revoked. Needs a log-in token.")
    @ApiResponse(responseCode = "201", description = "The token with its secret; Location names it",
            content = @Content(schema = @Schema(implementation = IssuedAccessToken.class)))
    @Answers.Body
    HttpResponse<IssuedAccessToken> create(@Body NewAccessToken body, Authentication caller) {
        IssuedAccessToken issued = tokens.create(CurrentUser.id(caller), body);
        return HttpResponse.created(issued, URI.create("/api/v1/tokens/" + issued.id()))
                .header("Cache-Control", "no-store");
    }

    @Get
    @Operation(operationId = "listAccessTokens", summary = "The caller's personal access tokens, newest first")
    @ApiResponse(responseCode = "200", description = "Every token, without secrets",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = AccessTokenView.class))))
    List<AccessTokenView> list(Authentication caller) {
        return tokens.list(CurrentUser.id(caller));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeAccessToken", summary = "Revoke a personal access token",
            description = "At once: the next request made with it answers 401.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @Answers.BadRequest @Answers.NotFound
    void revoke(@PathVariable @Parameter(description = "The token's id", example = "12") long id,
                Authentication caller) {
        tokens.revoke(CurrentUser.id(caller), id);
    }
}
