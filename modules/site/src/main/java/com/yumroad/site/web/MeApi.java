package com.yumroad.site.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.scopes.LogInOnly;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's account with their store's id: accounts knows the one, storefront the other. */
@Controller("/api/v1/users/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
@SecurityRequirement(name = ProblemDocs.BEARER)
@Answers.ServerError
class MeApi {

    private final Accounts accounts;
    private final Storefront storefront;

    MeApi(Accounts accounts, Storefront storefront) {
        this.accounts = accounts;
        this.storefront = storefront;
    }

    @Get
    @RequiresScope(Scope.READ)
    @Operation(operationId = "getMe", summary = "The caller's account")
    @ApiResponse(responseCode = "200", description = "The caller's account",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @Answers.Unauthorized @Answers.NotFound
    ProfileView me(Authentication caller) {
        long userId = CurrentUser.id(caller);
        return profile(accounts.find(userId).orElseThrow(() -> new NotFoundException("User", userId)));
    }

    @Patch
    @LogInOnly
    @Operation(operationId = "renameMe", summary = "Rename the caller")
    @ApiResponse(responseCode = "200", description = "The caller's account, renamed",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @Answers.Body @Answers.Unauthorized @Answers.NotFound
    ProfileView rename(@Body Rename body, Authentication caller) {
        return profile(accounts.rename(CurrentUser.id(caller), body.name()));
    }

    private ProfileView profile(UserSummary user) {
        return ProfileView.of(user, storefront.ofOwner(user.id()).map(Store::id).orElse(null));
    }
}
