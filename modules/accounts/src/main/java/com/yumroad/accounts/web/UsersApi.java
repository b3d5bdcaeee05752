package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.StoreOwnership;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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

/** Sign-up and the caller's own account: /api/v1/users. */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UsersApi {

    private final Accounts accounts;
    private final StoreOwnership stores;

    UsersApi(Accounts accounts, @Nullable StoreOwnership stores) {
        this.accounts = accounts;
        this.stores = stores;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<UserView> signUp(@Body SignUp body) {
        UserSummary user = accounts.register(new Registration(body.email(), body.name(), body.password()));
        return HttpResponse.created(UserView.of(user), URI.create("/api/v1/users/" + user.id()));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ProfileView me(Authentication caller) {
        return profile(me(CurrentUser.id(caller)));
    }

    @Patch("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ProfileView rename(@Body Rename body, Authentication caller) {
        return profile(accounts.rename(CurrentUser.id(caller), body.name()));
    }

    /** Tokens issued before keep working until they expire: they are not tied to the password. */
    @Put("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void changePassword(@Body PasswordChange body, Authentication caller) {
        accounts.changePassword(CurrentUser.id(caller), body.currentPassword(), body.newPassword());
    }

    @Delete("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void delete(Authentication caller) {
        accounts.delete(CurrentUser.id(caller));
    }

    private UserSummary me(long userId) {
        return accounts.find(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    private ProfileView profile(UserSummary user) {
        return ProfileView.of(user, stores == null ? null : stores.storeIdOf(user.id()).orElse(null));
    }
}
