package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * Stands in for the site module's GET /api/v1/users/me (the caller with their store), which accounts' own tests
 * use to ask "is this token still good?" without the modules above accounts on the classpath.
 */
@Controller("/api/v1/users/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeStandIn {

    private final Accounts accounts;

    MeStandIn(Accounts accounts) {
        this.accounts = accounts;
    }

    @Get
    @RequiresScope(Scope.READ)
    UserView me(Authentication caller) {
        long id = CurrentUser.id(caller);
        return accounts.find(id).map(UserView::of).orElseThrow(() -> new NotFoundException("User", id));
    }
}
